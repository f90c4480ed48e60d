import { describe, expect, it } from "vitest";
import { formatDateRange, formatDay, formatTimeRange, formatTimeZoneLabel } from "@/lib/time/format";
import {
  datesBetween,
  instantToLocalDate,
  instantToLocalTime,
  isLocalDate,
  isTimeZone,
  offsetAt,
  zonedToInstant,
} from "@/lib/time/zoned";

describe("zoned times", () => {
  it("turns Chengdu wall-clock time into the UTC instant", () => {
    expect(zonedToInstant("2017-12-01T09:00", "Asia/Shanghai").toISOString()).toBe("2017-12-01T01:00:00.000Z");
    expect(zonedToInstant("2017-12-01T00:30", "Asia/Shanghai").toISOString()).toBe("2017-11-30T16:30:00.000Z");
  });

  it("handles daylight-saving transitions", () => {
    expect(zonedToInstant("2024-07-01T12:00", "Europe/Berlin").toISOString()).toBe("2024-07-01T10:00:00.000Z");
    expect(zonedToInstant("2024-01-15T12:00", "Europe/Berlin").toISOString()).toBe("2024-01-15T11:00:00.000Z");
    // 02:30 does not exist on the spring-forward night; it lands in the hour after the gap.
    expect(zonedToInstant("2024-03-10T02:30", "America/New_York").toISOString()).toBe("2024-03-10T06:30:00.000Z");
    expect(offsetAt(Date.parse("2024-07-01T00:00:00Z"), "America/New_York")).toBe(-4 * 3_600_000);
  });

  it("refuses what is not a local date-time", () => {
    expect(() => zonedToInstant("2017-12-01 09:00", "Asia/Shanghai")).toThrow(RangeError);
  });

  it("reads the local date and time of an instant across the day boundary", () => {
    const instant = new Date("2017-11-30T17:00:00Z");
    expect(instantToLocalDate(instant, "Asia/Shanghai")).toBe("2017-12-01");
    expect(instantToLocalDate(instant, "UTC")).toBe("2017-11-30");
    expect(instantToLocalTime(instant, "Asia/Shanghai")).toBe("01:00");
    expect(instantToLocalDate(new Date("2025-02-01T07:30:00Z"), "America/Los_Angeles")).toBe("2025-01-31");
  });

  it("knows IANA time zones and calendar dates", () => {
    expect(isTimeZone("Asia/Shanghai")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("CST")).toBe(false);
    expect(isLocalDate("2017-12-01")).toBe(true);
    expect(isLocalDate("2017-02-30")).toBe(false);
    expect(isLocalDate("2017-12-1")).toBe(false);
  });

  it("lists the days of a conference", () => {
    expect(datesBetween("2017-11-29", "2017-12-01")).toEqual(["2017-11-29", "2017-11-30", "2017-12-01"]);
    expect(datesBetween("2017-12-01", "2017-12-01")).toEqual(["2017-12-01"]);
  });
});

describe("formatting for people", () => {
  const start = new Date("2017-12-01T01:00:00Z");
  const end = new Date("2017-12-01T01:30:00Z");

  it("shows clock times in the conference's zone, not the server's", () => {
    expect(formatTimeRange(start, end, "Asia/Shanghai", "zh-CN")).toBe("09:00–09:30");
    expect(formatTimeRange(start, end, "Asia/Shanghai", "en")).toBe("09:00–09:30");
  });

  it("names the zone with its offset", () => {
    expect(formatTimeZoneLabel("Asia/Shanghai", start)).toBe("Asia/Shanghai (UTC+8)");
    expect(formatTimeZoneLabel("UTC", start)).toBe("UTC");
    expect(formatTimeZoneLabel("Europe/London", start)).toBe("Europe/London (UTC)");
    expect(formatTimeZoneLabel("Asia/Kolkata", start)).toBe("Asia/Kolkata (UTC+5:30)");
  });

  it("writes the day in the reader's language", () => {
    expect(formatDay("2017-12-01", "zh-CN")).toContain("12月1日");
    expect(formatDay("2017-12-01", "zh-CN")).toContain("星期五");
    expect(formatDay("2017-12-01", "en")).toBe("Friday, December 1");
  });
});

describe("date ranges", () => {
  it("writes a conference's dates the way each language does", () => {
    expect(formatDateRange("2017-11-29", "2017-12-01", "zh-CN")).toBe("2017年11月29日至12月1日");
    expect(formatDateRange("2017-12-30", "2018-01-02", "zh-CN")).toBe("2017年12月30日至2018年1月2日");
    expect(formatDateRange("2017-11-29", "2017-12-01", "en")).toMatch(/^November 29\s–\sDecember 1, 2017$/);
    expect(formatDateRange("2017-12-01", "2017-12-01", "zh-CN")).toBe("2017年12月1日");
  });
});
