import { describe, expect, it } from "vitest";
import { agendaGroups, agendaGroupUrls, LARGE_DAY } from "@/lib/agenda/agenda-groups";
import type { AgendaQuery } from "@/lib/agenda/agenda-query";

const forums = [
  { slug: "kernel", name: "Kernel" },
  { slug: "rust", name: "Rust" },
  { slug: "go", name: "Go" },
];
const at = (h: number, m = 0) => new Date(Date.UTC(2025, 1, 2, h, m));
function day(count: number, date = "2025-02-02") {
  return Array.from({ length: count }, (_, i) => ({
    date,
    startsAt: at(8 + (i % 9), (i * 5) % 60),
    endsAt: at(9 + (i % 9), (i * 5) % 60),
    forum: i % 2 ? forums[1]! : i % 5 ? forums[0]! : forums[2]!,
    track: null,
    kind: "talk" as const,
    room: null,
  }));
}
const query = (changes: Partial<AgendaQuery> = {}): AgendaQuery => ({
  view: "list",
  day: "2025-02-02",
  forum: null,
  track: null,
  kind: null,
  room: null,
  ...changes,
});

describe("a large agenda day as forum groups", () => {
  it("shows a small day whole, and a large one as its forums, in the forums' own order, with counts adding up", () => {
    expect(agendaGroups("fosdem", day(LARGE_DAY), forums, query())).toBeNull();
    const groups = agendaGroups("fosdem", day(LARGE_DAY + 1), forums, query())!;
    expect(groups.map((g) => g.slug)).toEqual(["kernel", "rust", "go"]);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(LARGE_DAY + 1);
    expect(groups[0]).toMatchObject({
      name: "Kernel",
      startsAt: at(8),
      href: "/fosdem/agenda?day=2025-02-02&forum=kernel",
    });
  });

  it("keeps the view and the other filters in what a group loads, and shows a forum's own day whole", () => {
    const groups = agendaGroups("fosdem", day(200), forums, query({ view: "grid", kind: "talk" }))!;
    expect(groups[1]!.href).toBe("/fosdem/agenda?view=grid&day=2025-02-02&forum=rust&kind=talk");
    expect(agendaGroups("fosdem", day(200), forums, query({ forum: "rust" }))).toBeNull();
  });

  it("does not group a day whose sessions are all in one forum", () => {
    const one = day(200).map((s) => ({ ...s, forum: forums[0]! }));
    expect(agendaGroups("fosdem", one, forums, query())).toBeNull();
  });

  it("lists every URL a release's large days load, in both views, for the offline cache", () => {
    const sessions = [...day(200), ...day(30, "2025-02-01")];
    const urls = agendaGroupUrls("fosdem", sessions, { days: ["2025-02-01", "2025-02-02"], forums });
    expect(urls).toEqual([
      "/fosdem/agenda?day=2025-02-02&forum=kernel",
      "/fosdem/agenda?day=2025-02-02&forum=rust",
      "/fosdem/agenda?day=2025-02-02&forum=go",
      "/fosdem/agenda?view=grid&day=2025-02-02&forum=kernel",
      "/fosdem/agenda?view=grid&day=2025-02-02&forum=rust",
      "/fosdem/agenda?view=grid&day=2025-02-02&forum=go",
    ]);
  });
});
