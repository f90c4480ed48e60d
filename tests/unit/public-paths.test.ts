import { describe, expect, it } from "vitest";
import { publicIndex, publicPathCheck } from "@/lib/routing/public-paths";
import { makeSession, makeSnapshot, makeSpeaker } from "../support/snapshot-factory";

describe("publicPathCheck", () => {
  const snapshot = makeSnapshot({
    sessions: [
      makeSession({ guid: "11111111-1111-4111-8111-111111111111", people: [{ speakerId: 1, role: "speaker" }] }),
    ],
    speakers: [
      { ...makeSpeaker(1, "王斌", "Wang Bin"), slug: "wang-bin" },
      { ...makeSpeaker(2, "无名", "Nobody"), slug: "not-on-stage" },
    ],
  });
  const index = publicIndex(snapshot);
  const exists = (path: string) => {
    const check = publicPathCheck(path.split("/").filter(Boolean));
    return check ? check.exists(index) : "not judged";
  };

  it("accepts the conference's pages and the items of its release", () => {
    expect(exists("/conf")).toBe(true);
    expect(exists("/conf/agenda")).toBe(true);
    expect(exists("/conf/schedule.ics")).toBe(true);
    expect(exists("/conf/sessions/11111111-1111-4111-8111-111111111111")).toBe(true);
    expect(exists("/conf/sessions/11111111-1111-4111-8111-111111111111/calendar.ics")).toBe(true);
    expect(exists("/conf/speakers/wang-bin")).toBe(true);
    expect(exists(`/conf/forums/${snapshot.forums[0]!.slug}`)).toBe(true);
    expect(exists("/conf/now")).toBe(true);
    expect(exists("/conf/now.json")).toBe(true);
    expect(exists("/conf/screens")).toBe(true);
    expect(exists("/conf/screens/hall-1")).toBe(true);
  });

  it("accepts share cards and the forum's poster, and 404s them for what the release does not hold", () => {
    const forum = snapshot.forums[0]!.slug;
    expect(exists("/conf/card.png")).toBe(true);
    expect(exists("/conf/sessions/11111111-1111-4111-8111-111111111111/card.png")).toBe(true);
    expect(exists(`/conf/forums/${forum}/card.png`)).toBe(true);
    expect(exists(`/conf/forums/${forum}/poster`)).toBe(true);
    expect(exists("/conf/speakers/wang-bin/card.png")).toBe(true);
    expect(exists("/conf/sessions/22222222-2222-4222-8222-222222222222/card.png")).toBe(false);
    expect(exists("/conf/forums/none/poster")).toBe(false);
    expect(exists("/conf/speakers/not-on-stage/card.png")).toBe(false);
    // Only forums have posters, and speakers no calendar.
    expect(exists("/conf/sessions/11111111-1111-4111-8111-111111111111/poster")).toBe("not judged");
    expect(exists("/conf/speakers/wang-bin/calendar.ics")).toBe("not judged");
    expect(exists("/conf/screens/hall-1/card.png")).toBe("not judged");
  });

  it("has a screen for each room that holds a session, and none for an empty room", () => {
    expect([...index.rooms]).toEqual(["hall-1"]);
    expect(exists("/conf/screens/hall-2")).toBe(false);
    expect(exists("/conf/screens/nowhere")).toBe(false);
    expect(exists("/conf/screens/hall-1/calendar.ics")).toBe("not judged");
  });

  it("rejects what the release does not hold, including speakers without a published session", () => {
    expect(exists("/conf/sessions/22222222-2222-4222-8222-222222222222")).toBe(false);
    expect(exists("/conf/speakers/not-on-stage")).toBe(false);
    expect(exists("/conf/forums/none")).toBe(false);
  });

  it("leaves the home page and unknown shapes to the router", () => {
    expect(exists("/")).toBe("not judged");
    expect(exists("/conf/unknown-page")).toBe("not judged");
    expect(exists("/conf/sessions/x/y/z")).toBe("not judged");
    expect(exists("/admin")).toBe("not judged");
    expect(exists("/admin/china-netav-2017")).toBe("not judged");
    expect(exists("/signin")).toBe("not judged");
  });
});
