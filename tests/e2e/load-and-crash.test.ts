import path from "node:path";
import { describe, expect, it } from "vitest";
import type { GroupProcess } from "../../scripts/bench/process-group";
import { runCrashTest } from "../../scripts/load/crash-test";
import { runLoadTest } from "../../scripts/load/load-test";

const root = path.resolve(import.meta.dirname, "../..");

// The short forms of `npm run test:load` and `npm run test:crash`: each starts its own
// server on a scratch copy of the demo, so the other tests' data is not touched.
describe("nothing acknowledged is lost", () => {
  const running: GroupProcess[] = [];
  const track = (p: GroupProcess) => running.push(p);

  it("keeps every acknowledged schedule edit under public load, refuses the rest as conflicts, and publishes the final state", async () => {
    const report = await runLoadTest(
      { root, seconds: 6, connections: 10, edits: 40, organizers: 4, scale: false },
      track,
    );
    expect(report.publicNon2xx).toBe(0);
    expect(report.publicErrors).toBe(0);
    expect(report.edits.serverErrors).toEqual([]);
    expect(report.edits.otherRefusals).toEqual([]);
    expect(report.edits.acknowledged).toBeGreaterThan(0);
    expect(report.edits.acknowledged + report.edits.conflicts).toBe(report.edits.attempted);
    expect(report.lost).toEqual([]);
    expect(report.stalePages).toEqual([]);
  }, 180_000);

  it("comes back from SIGKILL in the middle of a burst of writes with its integrity and every acknowledged write", async () => {
    const report = await runCrashTest({ root, edits: 120, killAfter: 30, organizers: 4 }, track);
    expect(report.acknowledgedBeforeKill).toBeGreaterThanOrEqual(30);
    expect(report.integrity).toBe("ok");
    expect(report.lost).toEqual([]);
    expect(report.restarted).toBe(true);
  }, 180_000);
});
