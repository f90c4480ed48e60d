import { describe, expect, it } from "vitest";
import { searchExamples } from "@/lib/search/search-examples";
import { makeSession, makeSnapshot, makeSpeaker } from "../support/snapshot-factory";

describe("the search box's examples", () => {
  it("are a forum and a speaker of the release, in its own language, never another conference's words", () => {
    const snapshot = makeSnapshot({
      forums: [
        { ...makeSnapshot().forums[0]!, id: 1, slug: "web-drama-summit", name: "网络剧高峰论坛" },
        { ...makeSnapshot().forums[0]!, id: 2, slug: "empty", name: "会" },
      ],
      sessions: [
        makeSession({ forumId: 1, startsAt: "2017-12-01T02:00:00.000Z", people: [{ speakerId: 2, role: "speaker" }] }),
        makeSession({ forumId: 1, startsAt: "2017-12-01T01:00:00.000Z", people: [{ speakerId: 1, role: "host" }] }),
      ],
      speakers: [makeSpeaker(1, "王斌", "Wang Bin"), makeSpeaker(2, "李霞", "Li Xia")],
    });
    // The forum without sessions is left out; the speaker is from the first session.
    expect(searchExamples(snapshot)).toEqual(["网络剧高峰论坛", "王斌"]);
  });

  it("prefer the shortest forum name and skip placeholders and names too long for the box", () => {
    const forum = makeSnapshot().forums[0]!;
    const snapshot = makeSnapshot({
      forums: [
        { ...forum, id: 1, name: "Microkernel and Component-Based OS Devroom" },
        { ...forum, id: 2, name: "Kernel" },
        { ...forum, id: 3, name: "Go" },
      ],
      sessions: [
        makeSession({
          forumId: 1,
          people: [
            { speakerId: 1, role: "speaker" },
            { speakerId: 2, role: "speaker" },
          ],
        }),
        makeSession({ forumId: 2 }),
        makeSession({ forumId: 3 }),
      ],
      speakers: [makeSpeaker(1, "--", "--"), makeSpeaker(2, "Linus Torvalds", "Linus Torvalds")],
    });
    expect(searchExamples(snapshot)).toEqual(["Go", "Linus Torvalds"]);
  });

  it("are none for a release without sessions", () => {
    expect(searchExamples(makeSnapshot())).toEqual([]);
  });
});
