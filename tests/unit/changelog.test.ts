import { describe, expect, it } from "vitest";
import { diffReleases } from "@/lib/release/changelog";
import { makeSession, makeSnapshot } from "../support/snapshot-factory";

describe("diffReleases", () => {
  it("lists every session as added in a first release", () => {
    const a = makeSession();
    const b = makeSession();
    expect(diffReleases(null, makeSnapshot({ sessions: [a, b] }))).toEqual({
      added: [a.guid, b.guid],
      removed: [],
      changed: [],
    });
  });

  it("names the fields that changed, the sessions added and those removed", () => {
    const kept = makeSession();
    const moved = makeSession();
    const dropped = makeSession();
    const before = makeSnapshot({ sessions: [kept, moved, dropped] });
    const fresh = makeSession();
    const after = makeSnapshot({
      sessions: [
        { ...kept, version: 7 },
        { ...moved, startsAt: "2017-12-01T02:00:00.000Z", endsAt: "2017-12-01T02:30:00.000Z", status: "cancelled" },
        fresh,
      ],
    });
    expect(diffReleases(before, after)).toEqual({
      added: [fresh.guid],
      removed: [dropped.guid],
      changed: [{ guid: moved.guid, fields: ["startsAt", "endsAt", "status"] }],
    });
  });

  it("sees a change of people and of translations", () => {
    const s = makeSession();
    const after = makeSnapshot({
      sessions: [{ ...s, people: [{ speakerId: 1, role: "moderator" }], translations: { en: { title: "New" } } }],
    });
    expect(diffReleases(makeSnapshot({ sessions: [s] }), after).changed).toEqual([
      { guid: s.guid, fields: ["translations", "people"] },
    ]);
  });
});
