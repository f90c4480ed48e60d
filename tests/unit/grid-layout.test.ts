import { describe, expect, it } from "vitest";
import { layoutDay } from "@/lib/agenda/grid-layout";

const rooms = [
  { id: 1, name: "A" },
  { id: 2, name: "B" },
  { id: 3, name: "C" },
];

function s(id: string, start: string, end: string, room: number | null) {
  return { id, startsAt: new Date(start), endsAt: new Date(end), room: room === null ? null : { id: room } };
}

/** The grid of a day's sessions in the three rooms: 1 December 2017 in Shanghai unless said otherwise. */
const layoutOf = (sessions: ReturnType<typeof s>[], day = "2017-12-01", timeZone = "Asia/Shanghai") =>
  layoutDay(sessions, rooms, day, timeZone);

const byId = <T extends { session: { id: string } }>(items: T[]) =>
  Object.fromEntries(items.map((i) => [i.session.id, i]));

describe("layoutDay", () => {
  it("spans each session over its duration in 5-minute rows from the hour before the first to the half hour after the last", () => {
    // 09:00–09:20 and 09:20–10:10 in Shanghai (UTC+8).
    const layout = layoutOf([
      s("a", "2017-12-01T01:00:00Z", "2017-12-01T01:20:00Z", 1),
      s("b", "2017-12-01T01:20:00Z", "2017-12-01T02:10:00Z", 1),
    ]);
    expect(layout.startMinute).toBe(9 * 60);
    expect(layout.rows).toBe(18); // 09:00–10:30
    const items = byId(layout.items);
    expect(items.a!.row).toEqual({ start: 1, end: 5 });
    expect(items.b!.row).toEqual({ start: 5, end: 15 });
    expect(layout.hours.map((h) => h.label)).toEqual(["09:00", "10:00"]);
    expect(layout.hours.map((h) => h.row)).toEqual([1, 13]);
  });

  it("keeps only rooms used that day, in room order, and a last column for sessions without a room", () => {
    const layout = layoutOf([
      s("c", "2017-12-01T02:00:00Z", "2017-12-01T03:00:00Z", 3),
      s("n", "2017-12-01T02:00:00Z", "2017-12-01T03:00:00Z", null),
      s("a", "2017-12-01T02:00:00Z", "2017-12-01T03:00:00Z", 1),
    ]);
    expect(layout.columns.map((c) => c.room?.name ?? null)).toEqual(["A", "C", null]);
    expect(layout.columns.map((c) => c.start)).toEqual([1, 2, 3]);
    expect(byId(layout.items).n!.column).toEqual({ start: 3, span: 1 });
  });

  it("puts overlapping sessions in one room side by side and lets lone sessions fill the room", () => {
    const layout = layoutOf([
      s("long", "2017-12-01T01:00:00Z", "2017-12-01T03:00:00Z", 1),
      s("short1", "2017-12-01T01:00:00Z", "2017-12-01T01:30:00Z", 1),
      s("short2", "2017-12-01T01:30:00Z", "2017-12-01T02:00:00Z", 1),
      s("alone", "2017-12-01T04:00:00Z", "2017-12-01T05:00:00Z", 1),
      s("other", "2017-12-01T01:00:00Z", "2017-12-01T02:00:00Z", 2),
    ]);
    const items = byId(layout.items);
    expect(layout.columns[0]).toMatchObject({ start: 1, lanes: 2 });
    expect(items.long!.column).toEqual({ start: 1, span: 1 });
    // short2 reuses short1's lane once it has ended.
    expect(items.short1!.column).toEqual({ start: 2, span: 1 });
    expect(items.short2!.column).toEqual({ start: 2, span: 1 });
    expect(items.alone!.column).toEqual({ start: 1, span: 2 });
    expect(items.other!.column).toEqual({ start: 3, span: 1 });
    expect(layout.lanes).toBe(3);
  });

  it("places a session by the conference's local day, not the UTC day", () => {
    // 00:30 on 1 December in Shanghai is still 30 November in UTC.
    const layout = layoutOf(
      [s("early", "2017-11-30T16:30:00Z", "2017-11-30T17:30:00Z", 1)],
      "2017-12-01",
      "Asia/Shanghai",
    );
    expect(layout.startMinute).toBe(0);
    expect(byId(layout.items).early!.row).toEqual({ start: 7, end: 19 });
    expect(layout.hours[0]!.label).toBe("00:00");
  });

  it("cuts a session that runs past midnight at the end of the day", () => {
    // 23:00–01:00 in Berlin (UTC+1 in December).
    const layout = layoutOf(
      [s("late", "2017-12-01T22:00:00Z", "2017-12-02T00:00:00Z", 1)],
      "2017-12-01",
      "Europe/Berlin",
    );
    const late = byId(layout.items).late!;
    expect(late.continues).toBe(true);
    expect(layout.startMinute).toBe(23 * 60);
    expect(layout.rows).toBe(12);
    expect(late.row).toEqual({ start: 1, end: 13 });
  });

  it("keeps true durations on a daylight-saving day and labels hours by the wall clock", () => {
    // 31 March 2024, Berlin: 02:00 jumps to 03:00. 01:00–04:00 local lasts two hours.
    const layout = layoutOf(
      [s("dst", "2024-03-31T00:00:00Z", "2024-03-31T02:00:00Z", 1)],
      "2024-03-31",
      "Europe/Berlin",
    );
    expect(byId(layout.items).dst!.row).toEqual({ start: 1, end: 25 });
    expect(layout.hours.map((h) => h.label)).toEqual(["01:00", "03:00"]);
  });

  it("gives an empty day a sensible frame", () => {
    const layout = layoutOf([]);
    expect(layout.items).toEqual([]);
    expect(layout.columns).toEqual([]);
    expect(layout.rows).toBeGreaterThan(0);
  });
});
