// The rows and options the CSV unit tests export and import: a keynote of the
// 2017 China NetAV conference in Shanghai time, its speaker and two more people.
import { parse } from "csv-parse/sync";
import { expect } from "vitest";
import type { SessionExportRow, SpeakerExportRow } from "@/lib/interop/csv-export";
import { CsvFormatError } from "@/lib/interop/csv-import";
import { ScheduleFormatError } from "@/lib/interop/schedule-document";
import { wangBinWords } from "../../support/wang-bin";

export const timeZone = "Asia/Shanghai";
export const options = { timeZone, acronym: "china-netav-2017", title: "第五届中国网络视听大会" };
/** The cells as a spreadsheet sees them, without the BOM. */
export const cellsOf = (csv: string) => parse(csv.replace(/^\uFEFF/, "")) as string[][];
export const at = (iso: string) => new Date(iso);

export const wangBin = { name: "王斌", guid: "0d9a4c2b-61f3-4b8e-a2d7-5c3e9f1a7b20", role: "speaker" as const };
export const liXia = { name: "李霞", guid: "7e1b3f5a-2c4d-4e6f-8a9b-0c1d2e3f4a5b", role: "moderator" as const };
export const wangQin = { name: "王沁", guid: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", role: "panelist" as const };

export const sessionRow = (over: Partial<SessionExportRow> = {}): SessionExportRow => ({
  guid: "5b2f0c1e-7a3d-4e8b-9f61-2c4d8e0a1b37",
  title: "推原创之波，助精品之澜",
  titleEn: "Riding the Wave of Originality, Lifting Quality Drama",
  abstract: "咪咕视讯科技有限公司CEO王斌发表主题演讲。",
  abstractEn: null,
  startsAt: at("2017-12-01T01:00:00Z"),
  endsAt: at("2017-12-01T01:30:00Z"),
  room: "分论坛一厅",
  track: "专业论坛",
  forumSlug: "web-drama-summit",
  forumName: "网络剧高峰论坛",
  type: "keynote",
  language: "zh",
  status: "confirmed",
  people: [wangBin],
  ...over,
});

export const speakerRow = (over: Partial<SpeakerExportRow> = {}): SpeakerExportRow => ({
  guid: wangBin.guid,
  slug: "wang-bin",
  ...wangBinWords,
  bio: "第一行\n第二行",
  bioEn: null,
  links: [
    { kind: "website", url: "https://www.migu.cn" },
    { kind: "weibo", url: "https://weibo.com/migu", label: "咪咕 微博" },
  ],
  photo: "https://img.example.com/wang-bin.jpg",
  accountEmail: "wang.bin@example.com",
  sessions: 3,
  unavailability: [{ startsAt: at("2017-11-30T06:00:00Z"), endsAt: at("2017-11-30T10:00:00Z"), note: "集团会议" }],
  ...over,
});

/** The CsvFormatError `run` throws, checked to be a ScheduleFormatError too (callers catch that one). */
export function failure(run: () => unknown): CsvFormatError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CsvFormatError);
    expect(error).toBeInstanceOf(ScheduleFormatError);
    return error as CsvFormatError;
  }
  throw new Error("expected the file to be refused");
}

export const sessionsHeader = "title,start,end,room,speakers";
