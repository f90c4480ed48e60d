import { describe, expect, it } from "vitest";
import {
  answerSearch,
  decodeSearchIndex,
  indexedDocuments,
  encodeSearchIndex,
  searchShownDocuments,
  shownByKey,
  type MarkedText,
} from "@/lib/search/answer";
import { findMatchRanges } from "@/lib/search/match";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { buildShownDocuments } from "@/lib/search/shown-documents";
import { makeSession, makeSnapshot, makeSpeaker } from "../support/snapshot-factory";

const snapshot = makeSnapshot({
  speakers: [makeSpeaker(1, "王斌", "Wang Bin"), makeSpeaker(2, "李四", "Li Si")],
  sessions: [
    makeSession({
      guid: "keynote",
      title: "IP的跨平台运营",
      abstract: "<p>How <b>IP</b> travels across platforms.</p>",
      translations: { en: { title: "Running IP across platforms" } },
      people: [{ speakerId: 1, role: "speaker" }],
    }),
    makeSession({
      guid: "panel",
      title: "<script>alert(1)</script> 圆桌",
      startsAt: "2017-12-01T02:00:00.000Z",
      endsAt: "2017-12-01T03:00:00.000Z",
    }),
  ],
});

const marked = ({ text, marks }: MarkedText) => marks.map(([start, end]) => text.slice(start, end));

describe("buildShownDocuments", () => {
  it("shows each forum, session and active speaker in the request's language, with its link", () => {
    const en = buildShownDocuments(snapshot, "en");
    expect(en.map((d) => [d.kind, d.ref, d.link])).toEqual([
      ["forum", "web-drama-summit", "/test-conf/forums/web-drama-summit"],
      ["session", "keynote", "/test-conf/sessions/keynote"],
      ["session", "panel", "/test-conf/sessions/panel"],
      // 李四 takes part in no session: no public page, so no document.
      ["speaker", "p-1", "/test-conf/speakers/p-1"],
    ]);
    const keynote = en.find((d) => d.ref === "keynote")!;
    expect(keynote).toMatchObject({
      title: "Running IP across platforms",
      subtitle: "Wang Bin",
      body: "How IP travels across platforms.",
    });
    expect(keynote.meta).toMatch(/Friday, December 1 · 09:00–09:30 · Hall 1/);
    const zh = buildShownDocuments(snapshot, "zh-CN");
    expect(zh.find((d) => d.ref === "keynote")).toMatchObject({ title: "IP的跨平台运营", subtitle: "王斌" });
    expect(zh.find((d) => d.kind === "forum")).toMatchObject({
      title: "网络剧高峰论坛",
      subtitle: "主旨 · 咪咕文化科技有限公司",
    });
  });
});

describe("searchShownDocuments", () => {
  const shownDocuments = buildShownDocuments(snapshot, "en");
  const documents = indexedDocuments(shownDocuments);
  const shown = shownByKey(shownDocuments);

  it("answers with the hits of every kind, matches as offsets into plain text", () => {
    const answer = searchShownDocuments(documents, shown, "ip", 1);
    if (typeof answer === "string") throw new Error(answer);
    expect(answer.total).toEqual({ forums: 0, speakers: 0, sessions: 1 });
    const [hit] = answer.hits;
    expect(hit).toMatchObject({ kind: "session", ref: "keynote", link: "/test-conf/sessions/keynote" });
    expect(marked(hit!.title)).toEqual(["IP"]);
    expect(marked(hit!.snippet!)).toEqual(["IP"]);
    // "IP" starts a word: the "ip" inside "Running" is no match.
    expect(hit!.title.marks).toEqual([[8, 10]]);
  });

  it("finds a speaker by name, and a session by its own words only, as the index does", () => {
    const answer = searchShownDocuments(documents, shown, "wang", 1);
    if (typeof answer === "string") throw new Error(answer);
    expect(answer.hits.map((h) => [h.kind, h.ref])).toEqual([["speaker", "p-1"]]);
    // The session is shown with its people all the same.
    const platforms = searchShownDocuments(documents, shown, "platforms", 1);
    if (typeof platforms === "string") throw new Error(platforms);
    expect(platforms.hits[0]!.subtitle?.text).toBe("Wang Bin");
  });

  it("puts forums, then speakers, then sessions", () => {
    const answer = answerSearch(shownDocuments, shown, { query: "wang", terms: ["wang"] }, 1);
    expect(answer.hits.map((h) => [h.kind, h.ref])).toEqual([
      ["speaker", "p-1"],
      ["session", "keynote"],
    ]);
  });

  it("keeps markup typed into a title as text", () => {
    const answer = searchShownDocuments(documents, shown, "script", 1);
    if (typeof answer === "string") throw new Error(answer);
    expect(answer.hits[0]!.title.text).toBe("<script>alert(1)</script> 圆桌");
    expect(marked(answer.hits[0]!.title)).toEqual(["script", "script"]);
  });

  it("refuses what cannot be searched, with its status", () => {
    expect(searchShownDocuments(documents, shown, "   ", 1)).toBe("empty");
    expect(searchShownDocuments(documents, shown, "!!! ---", 1)).toBe("junk");
    expect(searchShownDocuments(documents, shown, "x".repeat(MAX_QUERY_LENGTH + 1), 1)).toBe("too-long");
  });

  it("leaves out a hit it has nothing to show for, but counts it", () => {
    const answer = answerSearch(
      shownDocuments,
      shownByKey(shownDocuments.filter((d) => d.kind !== "speaker")),
      { query: "wang", terms: ["wang"] },
      1,
    );
    expect(answer.total.speakers).toBe(1);
    expect(answer.hits.map((h) => h.ref)).toEqual(["keynote"]);
  });

  it("pages the hits", () => {
    const answer = answerSearch(shownDocuments, shown, { query: "wang", terms: ["wang"] }, 2, 1);
    expect(answer.paging).toEqual({ page: 2, pages: 2, perPage: 1 });
    expect(answer.hits.map((h) => h.ref)).toEqual(["keynote"]);
  });
});

describe("the offline index", () => {
  it("gives back the documents it was made of", () => {
    const documents = buildShownDocuments(snapshot, "zh-CN");
    const index = JSON.parse(JSON.stringify(encodeSearchIndex("rev-1", documents)));
    expect(index.revision).toBe("rev-1");
    expect(decodeSearchIndex(index)).toEqual(documents);
  });
});

describe("matches in text mixing ASCII and other characters", () => {
  it("finds them at the same offsets as in the text shown, whatever the width or case", () => {
    const text = "It’s ＲＵＳＴ, Rust and rustc — 锈 RUST";
    const found = findMatchRanges(text, ["rust"]).map(([start, end]) => text.slice(start, end));
    expect(found).toEqual(["ＲＵＳＴ", "Rust", "rust", "RUST"]);
  });
});
