// npm test: the whole suite as Vitest runs side by side. The end-to-end tests run one file at a time
// against one server, which keeps a core mostly waiting on the browser; in a single Vitest run they would
// start only after every other file (Vitest runs a project without file parallelism last). So the unit,
// component and integration tests run beside the build and the end-to-end files instead, and when they
// are done a few end-to-end files run against a second server of their own, beside the rest of the first.
// Arguments go to every run; a JSON report (--outputFile.json=FILE) is the runs' reports merged.
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

/**
 * End-to-end files that read what they need and change nothing others read, about a sixth of the
 * end-to-end time: they follow the other projects on the second core, with a server of their own.
 */
const secondLane = [
  "tests/e2e/workspace-axe.test.ts",
  "tests/e2e/share-cards.test.ts",
  "tests/e2e/room-screens.test.ts",
  "tests/e2e/offline.test.ts",
];

const restProjects = ["unit", "unit-isolated", "component", "integration", "integration-isolated"];

function run(
  name: string,
  projects: string[],
  files: string[] = [],
  env: Record<string, string> = {},
): Promise<{ code: number; report: string | null }> {
  const report = jsonFile ? `${jsonFile}.${name}.json` : null;
  const child = spawn(
    path.join(root, "node_modules/.bin/vitest"),
    [
      "run",
      "--passWithNoTests",
      ...projects.flatMap((p) => ["--project", p]),
      ...files,
      ...passed,
      ...(report ? [jsonOption + report] : []),
    ],
    { cwd: root, stdio: "inherit", env: { ...process.env, ...env } },
  );
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code: code ?? 1, report })));
}

/** Builds when the sources changed since the last build, in a child so the other runs go on meanwhile. */
function build(): Promise<number> {
  const child = spawn(
    path.join(root, "node_modules/.bin/tsx"),
    ["-e", 'import("./scripts/prepare-runtime.ts").then((m) => m.buildIfNeeded(process.cwd()))'],
    { cwd: root, stdio: "inherit" },
  );
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

// Files named on the command line are a filter for every run: then there is no second lane.
const filtered = passed.some((a) => !a.startsWith("-"));
const built = filtered ? Promise.resolve(0) : build();
// Once built, neither lane's setup builds again: a build under a serving lane would pull the floor away.
// After a failed build the first lane tries once more, so its output says why; the second stays out.
const served = (code: number): Record<string, string> => (code === 0 ? { PODIUM_E2E_BUILD: "never" } : {});
const lanes = filtered
  ? [run("e2e", ["e2e"]), run("rest", restProjects)]
  : [
      built.then((code) =>
        run(
          "e2e",
          ["e2e"],
          secondLane.map((file) => `--exclude=${file}`),
          served(code),
        ),
      ),
      run("rest", restProjects).then(async (rest) =>
        (await built) === 0 ? [rest, await run("e2e-second", ["e2e"], secondLane, served(0))] : [rest],
      ),
    ];
const runs = (await Promise.all(lanes)).flat();

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
console.log(failed ? "npm test: some tests failed (see above)" : "npm test: every run passed");
process.exit(failed ? failed.code : 0);
