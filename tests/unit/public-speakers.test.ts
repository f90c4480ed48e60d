import { describe, expect, it } from "vitest";
import { programmeView } from "@/lib/programme/programme-view";
import { publicSpeakers, publicSpeakersOfView } from "@/lib/programme/public-speakers";
import { makeSession, makeSnapshot, makeSpeaker } from "../support/snapshot-factory";

// 咪咕's CEO speaks; the second speaker is in the release but in no session.
const snapshot = makeSnapshot({
  speakers: [makeSpeaker(1, "张三", "Zhang San"), makeSpeaker(2, "李四", "Li Si"), makeSpeaker(3, "王五", "Wang Wu")],
  sessions: [
    makeSession({ people: [{ speakerId: 1, role: "speaker" }] }),
    makeSession({
      people: [
        { speakerId: 3, role: "moderator" },
        { speakerId: 1, role: "panelist" },
      ],
    }),
  ],
});

describe("publicSpeakers", () => {
  it("keeps the speakers who take part in a session, once each, in the release's order", () => {
    expect(publicSpeakers(snapshot).map((s) => s.id)).toEqual([1, 3]);
  });

  it("keeps no one when no session names a speaker", () => {
    expect(publicSpeakers(makeSnapshot({ speakers: snapshot.speakers, sessions: [makeSession()] }))).toEqual([]);
  });

  it("picks the same people from the programme's view", () => {
    const view = programmeView(snapshot, "en");
    expect(publicSpeakersOfView(view).map((s) => s.name)).toEqual(["Zhang San", "Wang Wu"]);
  });
});
