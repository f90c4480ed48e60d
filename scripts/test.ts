// npm test: the whole suite as two Vitest runs side by side. The end-to-end tests run one file at a time
// against one server, which keeps a core mostly waiting on the browser; in a single Vitest run they would
// start only after every other file (Vitest runs a project without file parallelism last). So the unit,
// component and integration tests run beside the build and the end-to-end files instead.
// Arguments go to both runs; a JSON report (--outputFile.json=FILE) is the two runs' reports merged.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const jsonOption = "--outputFile.json=";
const jsonFile = args.find((a) => a.startsWith(jsonOption))?.slice(jsonOption.length);
const passed = args.filter((a) => !a.startsWith(jsonOption));

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numTotalTests: number;
  numRuntimeErrorTestSuites?: number;
  success: boolean;
  testResults: unknown[];
}

function run(name: string, projects: string[]): Promise<{ code: number; report: string | null }> {
  const report = jsonFile ? `${jsonFile}.${name}.json` : null;
  const child = spawn(
    path.join(root, "node_modules/.bin/vitest"),
    [
      "run",
      "--passWithNoTests",
      ...projects.flatMap((p) => ["--project", p]),
      ...passed,
      ...(report ? [jsonOption + report] : []),
    ],
    { cwd: root, stdio: "inherit" },
  );
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code: code ?? 1, report })));
}

const runs = await Promise.all([run("e2e", ["e2e"]), run("rest", ["unit", "component", "integration"])]);

if (jsonFile) {
  const reports = runs.flatMap((r) =>
    r.report && fs.existsSync(r.report) ? [JSON.parse(fs.readFileSync(r.report, "utf8")) as Report] : [],
  );
  const sum = (key: keyof Report) => reports.reduce((n, r) => n + (Number(r[key]) || 0), 0);
  const merged = {
    ...reports[0],
    numPassedTests: sum("numPassedTests"),
    numFailedTests: sum("numFailedTests"),
    numTotalTests: sum("numTotalTests"),
    numRuntimeErrorTestSuites: sum("numRuntimeErrorTestSuites"),
    success: reports.length === runs.length && reports.every((r) => r.success),
    testResults: reports.flatMap((r) => r.testResults),
  };
  fs.writeFileSync(jsonFile, JSON.stringify(merged));
}
const failed = runs.find((r) => r.code !== 0);
console.log(failed ? "npm test: some tests failed (see above)" : "npm test: both runs passed");
process.exit(failed ? failed.code : 0);
