import { parseArgs } from "node:util";
import { killedOnInterrupt } from "./bench/process-group";
import { runLoadTest } from "./load/load-test";

// npm run test:load: 50 connections of public traffic for 60 s on the 1,000-session
// conference while 4 organizers make 500 schedule edits through the real server.
const { values } = parseArgs({
  options: { seconds: { type: "string" }, edits: { type: "string" }, demo: { type: "boolean", default: false } },
  strict: true,
});
const running = killedOnInterrupt();
const report = await runLoadTest(
  {
    root: process.cwd(),
    seconds: Number(values.seconds ?? 60),
    connections: 50,
    edits: Number(values.edits ?? 500),
    organizers: 4,
    scale: !values.demo,
  },
  (p) => running.push(p),
);
const { edits } = report;
console.log(
  `public requests   ${report.publicRequests} (non-2xx ${report.publicNon2xx}, errors ${report.publicErrors})`,
);
console.log(
  `schedule edits    ${edits.attempted} attempted, ${edits.acknowledged} acknowledged, ${edits.conflicts} refused as conflicts`,
);
console.log(`other refusals    ${edits.otherRefusals.length}`);
console.log(`server errors     ${edits.serverErrors.length}`);
console.log(
  `lost writes       ${report.lost.length}${report.lost.length ? `: ${report.lost.slice(0, 5).join("; ")}` : ""}`,
);
console.log(
  `stale pages       ${report.stalePages.length}${report.stalePages.length ? `: ${report.stalePages.slice(0, 5).join("; ")}` : ""}`,
);
const ok =
  report.publicNon2xx === 0 &&
  report.publicErrors === 0 &&
  edits.otherRefusals.length === 0 &&
  edits.serverErrors.length === 0 &&
  report.lost.length === 0 &&
  report.stalePages.length === 0 &&
  edits.acknowledged > 0;
console.log(ok ? `PASS in ${report.seconds} s` : `FAIL in ${report.seconds} s`);
process.exit(ok ? 0 : 1);
