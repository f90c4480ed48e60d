import { parseArgs } from "node:util";
import { killedOnInterrupt } from "./bench/process-group";
import { runCrashTest } from "./load/crash-test";

// npm run test:crash: SIGKILL the server in the middle of a burst of edits, restart, check nothing acknowledged is lost.
const { values } = parseArgs({
  options: { edits: { type: "string" }, "kill-after": { type: "string" } },
  strict: true,
});
const running = killedOnInterrupt();
const report = await runCrashTest(
  {
    root: process.cwd(),
    edits: Number(values.edits ?? 400),
    killAfter: Number(values["kill-after"] ?? 150),
    organizers: 4,
  },
  (p) => running.push(p),
);
console.log(`edits attempted          ${report.attempted}`);
console.log(`acknowledged before kill ${report.acknowledgedBeforeKill}`);
console.log(`integrity_check          ${report.integrity}`);
console.log(
  `lost acknowledged writes ${report.lost.length}${report.lost.length ? `: ${report.lost.slice(0, 5).join("; ")}` : ""}`,
);
console.log(`restarted and serving    ${report.restarted ? "yes" : "no"}`);
const ok = report.integrity === "ok" && report.lost.length === 0 && report.restarted;
console.log(ok ? "PASS" : "FAIL");
process.exit(ok ? 0 : 1);
