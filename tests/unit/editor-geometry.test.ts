import { describe, expect, it } from "vitest";
import { dayWindow, placeAt, resizeTo, snap } from "@/lib/schedule/editor-geometry";

describe("schedule editor geometry", () => {
  const window = dayWindow("2017-12-01", "Asia/Shanghai", [
    { startsAt: "2017-12-01T01:00:00.000Z", endsAt: "2017-12-01T04:10:00.000Z" },
  ]);

  it("shows 08:00–20:00 local unless sessions reach further", () => {
    expect(window).toMatchObject({ startMinute: 8 * 60, endMinute: 20 * 60 });
    const late = dayWindow("2017-12-01", "Asia/Shanghai", [
      { startsAt: "2017-11-30T22:30:00.000Z", endsAt: "2017-12-01T14:30:00.000Z" },
    ]);
    expect(late).toMatchObject({ startMinute: 6 * 60, endMinute: 23 * 60 });
  });

  it("snaps to five minutes", () => {
    expect([snap(62), snap(63), snap(-2)]).toEqual([60, 65, -0]);
  });

  it("places a session keeping its duration, inside the window", () => {
    const placed = placeAt(window, 9 * 60 + 2, 40);
    expect(placed.startsAt.toISOString()).toBe("2017-12-01T01:00:00.000Z");
    expect(placed.endsAt.toISOString()).toBe("2017-12-01T01:40:00.000Z");
    expect(placeAt(window, 19 * 60 + 50, 40).endsAt.toISOString()).toBe("2017-12-01T12:00:00.000Z"); // pushed back to end at 20:00
    expect(placeAt(window, 3 * 60, 30).startsAt.toISOString()).toBe("2017-12-01T00:00:00.000Z"); // not before 08:00
  });

  it("resizes to at least one step", () => {
    expect(resizeTo(window, "2017-12-01T01:00:00.000Z", 9 * 60 + 47).toISOString()).toBe("2017-12-01T01:45:00.000Z");
    expect(resizeTo(window, "2017-12-01T01:00:00.000Z", 8 * 60).toISOString()).toBe("2017-12-01T01:05:00.000Z");
  });
});
