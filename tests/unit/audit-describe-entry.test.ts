import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { auditActions } from "@/lib/audit/actions";
import { changeSentences, detailSentences, entrySentence, type Say } from "@/lib/audit/describe-entry";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

const say = (locale: "zh-CN" | "en") =>
  createTranslator({ locale, messages: locale === "en" ? en : zh }) as unknown as Say;
const context = (locale: "zh-CN" | "en") => ({
  say: say(locale),
  names: {
    room: new Map([
      [2, "Forum Hall 2"],
      [3, "Forum Hall 1"],
    ]),
    forum: new Map([[1, "Web Drama Summit"]]),
  },
  timeZone: "Asia/Shanghai",
  separator: say(locale)("auditLog.separator"),
});

const moved = {
  action: "session.schedule",
  entityType: "session",
  entityId: "41",
  details: { title: "IP的跨平台运营" },
  changes: {
    roomId: { before: 3, after: 2 },
    startsAt: { before: "2017-12-01T02:50:00.000Z", after: "2017-12-01T03:00:00.000Z" },
  },
};

describe("the audit log in words", () => {
  it("says who did what in a sentence, in both languages", () => {
    expect(entrySentence(say("zh-CN"), moved, "Demo Organizer")).toBe(
      "Demo Organizer 排定了日程“IP的跨平台运营”的会场和时间。",
    );
    expect(entrySentence(say("en"), moved, "Demo Organizer")).toBe(
      "Demo Organizer placed the session “IP的跨平台运营” in the schedule.",
    );
    // A session that still exists is named as it is now, in the viewer's language.
    const names = { session: new Map([[41, "Cross-Platform Operation of IP"]]) };
    expect(entrySentence(say("en"), moved, "Demo Organizer", names)).toBe(
      "Demo Organizer placed the session “Cross-Platform Operation of IP” in the schedule.",
    );
    expect(
      entrySentence(
        say("en"),
        { action: "release.publish", entityType: "release", entityId: "3", details: { version: "v3" } },
        "Ann",
      ),
    ).toBe("Ann published the release “v3”.");
  });

  it("names rooms instead of ids and shows instants in the conference's zone, one sentence per change", () => {
    expect(changeSentences(context("zh-CN"), moved)).toEqual([
      "会场：从“Forum Hall 1”改为“Forum Hall 2”。",
      "开始：从“2017-12-01 10:50”改为“2017-12-01 11:00”。",
    ]);
    expect(changeSentences(context("en"), moved)).toEqual([
      "Room: from “Forum Hall 1” to “Forum Hall 2”.",
      "Start: from “2017-12-01 10:50” to “2017-12-01 11:00”.",
    ]);
  });

  it("says set and cleared, closed lists in words, people with their roles, and never raw JSON", () => {
    const entry = {
      entityType: "session",
      changes: {
        trackId: { before: 9, after: null },
        status: { before: "draft", after: "confirmed" },
        people: { before: [], after: [{ speakerId: 5, role: "moderator", name: "李霞" }] },
        forumId: { before: null, after: 1 },
      },
    };
    expect(changeSentences(context("zh-CN"), entry)).toEqual([
      "专题：已清空（原为“已删除的 #9”）。",
      "状态：从“草稿”改为“已确认”。",
      "嘉宾：设为“李霞（主持）”。",
      "论坛：设为“Web Drama Summit”。",
    ]);
    const texts = changeSentences(context("en"), {
      entityType: "room",
      changes: { translations: { before: {}, after: { en: { name: "Hall 1" } } } },
    });
    expect(texts).toEqual(["Translations: set to “English: Name: Hall 1”."]);
    expect(
      detailSentences(context("en"), { entityType: "release", details: { version: "v3", added: 2, removed: 0 } }),
    ).toEqual(["Added: 2", "Removed: 0"]);
  });
});

describe("every kind of audit entry", () => {
  it.each(["zh-CN", "en"] as const)("has a sentence and a name in the filter (%s)", (locale) => {
    const t = say(locale);
    for (const action of auditActions) {
      expect(t.has(`auditLog.sentence.${action}`), action).toBe(true);
      expect(t.has(`auditLog.actionName.${action}`), action).toBe(true);
    }
  });
});

describe("what an entry holds beyond its changes", () => {
  it("is said with the language's own punctuation", () => {
    expect(detailSentences(context("zh-CN"), { entityType: "release", details: { version: "v3", added: 2 } })).toEqual([
      "新增：2",
    ]);
  });
});
