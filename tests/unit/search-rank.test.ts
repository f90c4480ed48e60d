import { describe, expect, it } from "vitest";
import { buildSearchDocuments, type SearchDocument } from "@/lib/search/documents";
import { scoreSearchDocument } from "@/lib/search/rank";
import { rankSearchDocuments } from "@/lib/search/results";
import { makeSession, makeSnapshot, makeSpeaker } from "../support/snapshot-factory";

const session = (ref: string, title: string, body = "", sortKey = "2017-12-01T01:00:00.000Z"): SearchDocument => ({
  kind: "session",
  ref,
  sortKey,
  title,
  subtitle: "",
  body,
});
const speaker = (ref: string, name: string, subtitle = "", body = ""): SearchDocument => ({
  kind: "speaker",
  ref,
  sortKey: name,
  title: name,
  subtitle,
  body,
});

describe("buildSearchDocuments", () => {
  it("holds the original and the English text of each field, one per line, forums first", () => {
    const snapshot = makeSnapshot({
      sessions: [
        makeSession({
          guid: "s1",
          title: "IP的跨平台运营",
          abstract: "讨论IP",
          translations: { en: { title: "Cross-Platform Operation of IP", abstract: "  " } },
          people: [{ speakerId: 1, role: "speaker" }],
        }),
        makeSession({ guid: "s2", title: "茶歇", status: "cancelled", translations: {} }),
      ],
      speakers: [{ ...makeSpeaker(1, "王斌", "Wang Bin"), slug: "wang-bin", bio: "咪咕" }],
    });
    expect(buildSearchDocuments(snapshot)).toEqual([
      {
        kind: "forum",
        ref: "web-drama-summit",
        sortKey: "2017-12-01#000000",
        title: "网络剧高峰论坛\nWeb Drama Summit",
        subtitle: "主旨\n咪咕文化科技有限公司\nMIGU\n咪咕",
        body: "",
      },
      {
        kind: "session",
        ref: "s1",
        sortKey: "2017-12-01T01:00:00.000Z",
        title: "IP的跨平台运营\nCross-Platform Operation of IP",
        subtitle: "",
        body: "讨论IP",
      },
      { kind: "session", ref: "s2", sortKey: "2017-12-01T01:00:00.000Z", title: "茶歇", subtitle: "", body: "" },
      {
        kind: "speaker",
        ref: "wang-bin",
        sortKey: "王斌",
        title: "王斌\nWang Bin",
        subtitle: "CEO\n咪咕\nMIGU",
        body: "咪咕",
      },
    ]);
  });
});

describe("scoreSearchDocument", () => {
  it("requires every term somewhere in the document", () => {
    expect(scoreSearchDocument(session("a", "IP的跨平台运营", "嘉宾讨论"), ["IP", "嘉宾"])).not.toBeNull();
    expect(scoreSearchDocument(session("a", "IP的跨平台运营", "嘉宾讨论"), ["IP", "咪咕"])).toBeNull();
    expect(scoreSearchDocument(session("a", "IP"), [])).toBeNull();
  });

  it("weighs a title above an organization above an abstract", () => {
    const title = scoreSearchDocument(speaker("a", "咪咕小王"), ["咪咕"])!;
    const subtitle = scoreSearchDocument(speaker("b", "王斌", "咪咕视讯"), ["咪咕"])!;
    const body = scoreSearchDocument(speaker("c", "李霞", "", "曾在咪咕"), ["咪咕"])!;
    expect(title.score).toBeGreaterThan(subtitle.score);
    expect(subtitle.score).toBeGreaterThan(body.score);
    expect(subtitle.matchedFields).toEqual(["subtitle"]);
  });

  it("ranks a field that is exactly the query above one that merely contains it", () => {
    const exact = scoreSearchDocument(speaker("a", "王斌\nWang Bin"), ["wang", "bin"])!;
    const contains = scoreSearchDocument(speaker("b", "Wang Binxing"), ["wang", "bin"])!;
    expect(exact.score).toBeGreaterThan(contains.score);
  });

  it("counts punctuation in a title as a space when comparing it with the query", () => {
    const doc = session("a", "俱青春——做青春的剧，网年轻的人");
    expect(scoreSearchDocument(doc, ["俱青春", "做青春的剧", "网年轻的人"])!.score).toBeGreaterThan(
      scoreSearchDocument(doc, ["俱青春", "做青春的剧"])!.score,
    );
  });
});

describe("rankSearchDocuments", () => {
  const documents = [
    session("late-body", "主题演讲", "咪咕将使IP影响力最大化", "2017-12-01T02:00:00.000Z"),
    session("early-body", "新时代网剧", "IP商业化", "2017-12-01T01:00:00.000Z"),
    session("title", "IP的跨平台运营", "", "2017-12-01T03:00:00.000Z"),
    session("both", "IP运营", "好的IP需要沉淀", "2017-12-01T04:00:00.000Z"),
    session("ship", "Relationship", "", "2017-12-01T00:00:00.000Z"),
    speaker("wang-bin", "王斌", "咪咕视讯科技有限公司"),
    speaker("wang-qin", "王沁", "迪士尼"),
    speaker("li-xia", "李霞", "IP运营"),
  ];

  it("orders by score, then sessions by time and speakers by name", () => {
    const hits = rankSearchDocuments(documents, ["IP"]);
    expect(hits.sessions.map((h) => h.guid)).toEqual(["both", "title", "early-body", "late-body"]);
    expect(hits.speakers.map((h) => h.slug)).toEqual(["li-xia"]);
    expect(hits.sessions[0]).toMatchObject({ startsAt: "2017-12-01T04:00:00.000Z", matchedFields: ["title", "body"] });
  });

  it("orders equal speakers by name", () => {
    expect(rankSearchDocuments(documents, ["王"]).speakers.map((h) => h.name)).toEqual(["王斌", "王沁"]);
    expect(
      rankSearchDocuments([speaker("z", "Zoe Li"), speaker("a", "Adam Li")], ["li"]).speakers.map((h) => h.name),
    ).toEqual(["Adam Li", "Zoe Li"]);
  });

  it("keeps every hit and counts each kind", () => {
    const hits = rankSearchDocuments(documents, ["IP"]);
    expect(hits.sessions).toHaveLength(4);
    expect(hits.total).toEqual({ forums: 0, sessions: 4, speakers: 1 });
  });
});
