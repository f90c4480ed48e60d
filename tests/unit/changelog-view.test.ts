import { describe, expect, it } from "vitest";
import { diffReleases } from "@/lib/release/changelog";
import { describeChangelog } from "@/lib/release/changelog-view";
import { makeSession, makeSnapshot, makeSpeaker } from "../support/snapshot-factory";

describe("describeChangelog", () => {
  const keynote = makeSession({ guid: "a", title: "推原创之波", people: [{ speakerId: 1, role: "speaker" }] });
  const panel = makeSession({
    guid: "b",
    title: "IP的跨平台运营",
    startsAt: "2017-12-01T02:50:00.000Z",
    endsAt: "2017-12-01T03:30:00.000Z",
    people: [{ speakerId: 1, role: "moderator" }],
  });
  const talk = makeSession({ guid: "c", title: "Old talk" });
  const speakers = [makeSpeaker(1, "李霞", "Li Xia"), makeSpeaker(2, "王沁", "Wang Qin")];
  const v1 = makeSnapshot({ sessions: [keynote, panel, talk], speakers });

  it("names moves in time and room, new titles, people in and out, cancellations, additions and removals", () => {
    const v2 = makeSnapshot({
      sessions: [
        { ...keynote, status: "cancelled" },
        {
          ...panel,
          startsAt: "2017-12-01T01:00:00.000Z",
          endsAt: "2017-12-01T01:40:00.000Z",
          title: "IP的跨平台运营（新）",
          people: [{ speakerId: 2, role: "panelist" }],
        },
        makeSession({ guid: "d", title: "New talk" }),
      ],
      speakers,
    });
    const entries = describeChangelog(v1, v2, diffReleases(v1, v2), "zh-CN");
    const byGuid = Object.fromEntries(entries.map((e) => [e.guid, e]));
    expect(byGuid.d).toMatchObject({ change: "added", title: "New talk" });
    expect(byGuid.c).toMatchObject({ change: "removed", title: "Old talk" });
    expect(byGuid.a).toMatchObject({ change: "cancelled", moved: null });
    expect(byGuid.b!.change).toBe("changed");
    expect(byGuid.b!.moved!.from.startsAt.toISOString()).toBe("2017-12-01T02:50:00.000Z");
    expect(byGuid.b!.moved!.to.startsAt.toISOString()).toBe("2017-12-01T01:00:00.000Z");
    expect(byGuid.b!.retitled).toEqual({ from: "IP的跨平台运营", to: "IP的跨平台运营（新）" });
    expect(byGuid.b!.people).toEqual({ added: ["王沁"], removed: ["李霞"] });
  });

  it("uses the English titles and names in English", () => {
    const v2 = makeSnapshot({
      sessions: [keynote, { ...panel, people: [{ speakerId: 2, role: "panelist" }] }],
      speakers,
    });
    const entries = describeChangelog(v1, v2, diffReleases(v1, v2), "en");
    expect(entries.find((e) => e.guid === "b")!.people).toEqual({ added: ["Wang Qin"], removed: ["Li Xia"] });
  });

  it("lists every session of a first release as added", () => {
    expect(describeChangelog(null, v1, diffReleases(null, v1), "zh-CN").map((e) => e.change)).toEqual([
      "added",
      "added",
      "added",
    ]);
  });
});
