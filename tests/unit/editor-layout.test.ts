import { describe, expect, it } from "vitest";
import { dayWindow } from "@/lib/schedule/editor-geometry";
import { editorLanes, lengthOf, trayLength, visibleRooms } from "@/lib/schedule/editor-layout";

const window = dayWindow("2017-12-01", "Asia/Shanghai", []);
const s = (id: number, roomId: number, from: string, to: string) => ({
  id,
  roomId,
  startsAt: `2017-12-01T${from}:00.000Z`,
  endsAt: `2017-12-01T${to}:00.000Z`,
});

describe("the schedule editor's layout", () => {
  it("lays overlapping sessions of a room side by side, as the public grid does", () => {
    const { lanes, widest } = editorLanes(
      [s(1, 1, "01:00", "01:40"), s(2, 1, "01:20", "02:00"), s(3, 1, "03:00", "03:30"), s(4, 2, "01:00", "02:00")],
      window,
    );
    expect(lanes.get(1)).toEqual({ lane: 0, of: 2 });
    expect(lanes.get(2)).toEqual({ lane: 1, of: 2 });
    expect(lanes.get(3)).toEqual({ lane: 0, of: 1 });
    expect(widest).toEqual(
      new Map([
        [1, 2],
        [2, 1],
      ]),
    );
  });

  it("counts a zero-length session as long as it is drawn", () => {
    const { lanes } = editorLanes([s(1, 1, "01:00", "01:00"), s(2, 1, "01:05", "01:30")], window);
    expect(lanes.get(2)).toEqual({ lane: 1, of: 2 });
  });

  it("shows the rooms whose names hold every word typed, and hides empty ones on request", () => {
    const rooms = [
      { id: 1, name: "H.1302 (Depage)" },
      { id: 2, name: "K.3.201" },
      { id: 3, name: "H.2215 (Ferrer)" },
    ];
    const used = new Set([1, 2]);
    expect(visibleRooms(rooms, used, { query: "", hideEmpty: false }).map((r) => r.id)).toEqual([1, 2, 3]);
    expect(visibleRooms(rooms, used, { query: "", hideEmpty: true }).map((r) => r.id)).toEqual([1, 2]);
    expect(visibleRooms(rooms, used, { query: " h. ferrer", hideEmpty: false }).map((r) => r.id)).toEqual([3]);
    expect(visibleRooms(rooms, used, { query: "h.", hideEmpty: true }).map((r) => r.id)).toEqual([1]);
  });

  it("gives a session from the tray the length it had, else half an hour", () => {
    expect(lengthOf(s(1, 1, "01:00", "01:40"))).toBe(40);
    expect(lengthOf({ startsAt: null, endsAt: null })).toBeNull();
    expect(trayLength(new Map([[1, 40]]), 1)).toBe(40);
    expect(trayLength(new Map(), 2)).toBe(30);
  });
});
