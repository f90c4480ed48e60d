import { describe, expect, it } from "vitest";
import { agendaSearch, matchesAgendaQuery, parseAgendaQuery } from "@/lib/agenda/agenda-query";
import { groupByStart } from "@/lib/agenda/time-slots";

const choices = {
  days: ["2017-11-29", "2017-11-30", "2017-12-01"],
  forums: ["web-drama-summit", "gala"],
  tracks: [],
  rooms: ["forum-hall-1"],
};

describe("parseAgendaQuery", () => {
  it("reads known values", () => {
    const q = parseAgendaQuery(
      { view: "grid", day: "2017-12-01", forum: "web-drama-summit", kind: "panel", room: "forum-hall-1" },
      choices,
      null,
    );
    expect(q).toEqual({
      view: "grid",
      day: "2017-12-01",
      forum: "web-drama-summit",
      track: null,
      kind: "panel",
      room: "forum-hall-1",
    });
  });

  it("drops unknown, repeated, malformed and oversized values instead of failing", () => {
    const q = parseAgendaQuery(
      {
        view: "table",
        day: "2017-13-45",
        forum: ["gala", "web-drama-summit"],
        track: "nope",
        kind: "<script>",
        room: "x".repeat(5000),
      },
      choices,
      null,
    );
    expect(q).toEqual({ view: "list", day: "2017-11-29", forum: "gala", track: null, kind: null, room: null });
  });

  it("opens on today while the conference runs, else on its first day", () => {
    expect(parseAgendaQuery({}, choices, "2017-11-30").day).toBe("2017-11-30");
    expect(parseAgendaQuery({}, choices, "2026-11-24").day).toBe("2017-11-29");
  });
});

describe("agendaSearch", () => {
  it("writes a shareable query string without empty values", () => {
    const q = parseAgendaQuery({ day: "2017-12-01", forum: "web-drama-summit" }, choices, null);
    expect(agendaSearch(q)).toBe("?day=2017-12-01&forum=web-drama-summit");
    expect(agendaSearch(q, { view: "grid", forum: null })).toBe("?view=grid&day=2017-12-01");
  });

  it("leaves the default view, the list, out: the same page never has two URLs", () => {
    const list = parseAgendaQuery({ view: "list", day: "2017-12-01" }, choices, null);
    expect(list.view).toBe("list");
    expect(agendaSearch(list)).toBe(agendaSearch(parseAgendaQuery({ day: "2017-12-01" }, choices, null)));
    expect(agendaSearch(list)).toBe("?day=2017-12-01");
  });
});

describe("matchesAgendaQuery", () => {
  const session = {
    date: "2017-12-01",
    forum: { slug: "web-drama-summit" },
    track: null,
    kind: "panel" as const,
    room: { slug: "forum-hall-1" },
  };
  it("filters by every dimension together", () => {
    const base = parseAgendaQuery({ day: "2017-12-01" }, choices, null);
    expect(matchesAgendaQuery(session, base)).toBe(true);
    expect(matchesAgendaQuery(session, { ...base, kind: "keynote" })).toBe(false);
    expect(matchesAgendaQuery(session, { ...base, forum: "gala" })).toBe(false);
    expect(matchesAgendaQuery(session, { ...base, day: "2017-11-30" })).toBe(false);
    expect(matchesAgendaQuery(session, { ...base, track: "any" })).toBe(false);
    expect(
      matchesAgendaQuery(session, { ...base, room: "forum-hall-1", forum: "web-drama-summit", kind: "panel" }),
    ).toBe(true);
  });
});

describe("groupByStart", () => {
  it("groups sessions that start together, in time order", () => {
    const at = (iso: string, id: string) => ({ id, startsAt: new Date(iso) });
    const groups = groupByStart([
      at("2017-12-01T02:00:00Z", "c"),
      at("2017-12-01T01:00:00Z", "a"),
      at("2017-12-01T01:00:00Z", "b"),
    ]);
    expect(groups.map((g) => g.sessions.map((s) => s.id))).toEqual([["a", "b"], ["c"]]);
  });
});
