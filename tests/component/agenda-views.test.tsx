import { screen, within } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { AgendaPage } from "@/components/agenda/agenda-page";
import type { PublishedProgramme } from "@/db/queries/published";
import { parseAgendaQuery } from "@/lib/agenda/agenda-query";
import type { Locale } from "@/lib/domain/vocabulary";
import { programmeView, type ProgrammeView } from "@/lib/programme/programme-view";
import { loadDemoProgramme } from "../support/demo-programme";
import { renderWithIntl } from "../support/render-with-intl";

describe("AgendaPage", () => {
  let release: PublishedProgramme;
  beforeAll(async () => {
    release = await loadDemoProgramme();
  });

  function renderAgenda(params: Record<string, string>, locale: Locale = "zh-CN") {
    const view: ProgrammeView = programmeView(release.snapshot, locale);
    const days = ["2017-11-29", "2017-11-30", "2017-12-01"];
    const options = {
      forums: view.forums,
      tracks: view.tracks,
      kinds: ["keynote", "talk", "panel"] as const,
      rooms: view.rooms,
    };
    const query = parseAgendaQuery(
      params,
      {
        days,
        forums: view.forums.map((f) => f.slug),
        tracks: view.tracks.map((t) => t.slug),
        rooms: view.rooms.map((r) => r.slug),
      },
      null,
    );
    return renderWithIntl(
      <AgendaPage
        programme={view}
        days={days}
        query={query}
        options={{ ...options, kinds: [...options.kinds] }}
        locale={locale}
      />,
      locale,
    );
  }

  it("lists a day's sessions grouped by start time, each linking to its page with a star", () => {
    renderAgenda({ view: "list", day: "2017-12-01", forum: "web-drama-summit" });
    const list = screen.getByRole("region", { name: /12月1日.*日程列表/ });
    const slots = within(list)
      .getAllByRole("heading", { level: 3 })
      .filter((h) => /^\d\d:\d\d$/.test(h.textContent ?? ""));
    expect(slots.map((h) => h.textContent)).toEqual(["09:00", "09:30", "09:50", "10:10", "10:30", "10:50", "11:30"]);
    const keynote = within(list).getByRole("link", { name: "推原创之波，助精品之澜" });
    expect(keynote.getAttribute("href")).toMatch(/^\/china-netav-2017\/sessions\/[0-9a-f-]{36}$/);
    expect(within(list).getAllByRole("button", { name: /^收藏《/ })).toHaveLength(7);
    expect(screen.queryByRole("region", { name: /网格/ })).toBeNull();
  });

  it("lays the grid out with rooms as columns and sessions spanning their time", () => {
    renderAgenda({ view: "grid", day: "2017-12-01", forum: "web-drama-summit" });
    const grid = screen.getByRole("region", { name: /网格日程/ });
    expect(within(grid).getByText("分论坛一厅")).toBeTruthy();
    const panel = within(grid)
      .getByRole("link", { name: /^IP的跨平台运营/ })
      .closest("div[style]") as HTMLElement;
    // 10:50–11:30 is eight 5-minute rows; row 1 is the room header, 09:00 is row 2.
    expect(panel.style.gridRow).toBe("24 / 32");
  });

  it("names each grid block by what it shows and where it is: title, time, room, kind and people", () => {
    renderAgenda({ view: "grid", day: "2017-12-01", forum: "web-drama-summit" });
    const grid = screen.getByRole("region", { name: /网格日程/ });
    const block = within(grid).getByRole("link", { name: /^IP的跨平台运营/ });
    expect(block.getAttribute("title")).toBe("IP的跨平台运营");
    const name = block.textContent ?? "";
    expect(name).toMatch(/^IP的跨平台运营，10:50–11:30，分论坛一厅，对话 · 李霞/);
    // Every name the block shows is in its accessible name (axe: label-content-name-mismatch).
    const people = block.querySelector(".agenda-block-meta")!.textContent!;
    expect(people).toContain("李霞");
    expect(name).toContain(people);
    expect(block.hasAttribute("aria-label")).toBe(false);
  });

  it("names grid blocks in English too", () => {
    renderAgenda({ view: "grid", day: "2017-12-01", forum: "web-drama-summit" }, "en");
    const grid = screen.getByRole("region", { name: /Grid of/ });
    expect(
      within(grid).getByRole("link", {
        name: /^Cross-Platform Operation of IP, 10:50–11:30, Forum Hall 1, ?Dialogue · Li Xia/,
      }),
    ).toBeTruthy();
  });

  it("renders only the list when no view is chosen, on every screen, and marks it the current view", () => {
    renderAgenda({ day: "2017-12-01" });
    expect(screen.getByRole("region", { name: /日程列表/ })).toBeTruthy();
    expect(screen.queryByRole("region", { name: /网格日程/ })).toBeNull();
    const views = screen.getByRole("navigation", { name: "视图" });
    expect(within(views).getByRole("link", { current: "page" }).textContent).toBe("列表");
    // The list is the default, so its link leaves `view` out: one page, one URL.
    expect(within(views).getByRole("link", { name: "列表" }).getAttribute("href")).toBe(
      "/china-netav-2017/agenda?day=2017-12-01",
    );
    expect(within(views).getByRole("link", { name: "网格" }).getAttribute("href")).toBe(
      "/china-netav-2017/agenda?view=grid&day=2017-12-01",
    );
  });

  it("renders only the grid when the grid is chosen, and keeps the choice when filtering", () => {
    const { container } = renderAgenda({ view: "grid", day: "2017-12-01" });
    expect(screen.queryByRole("region", { name: /日程列表/ })).toBeNull();
    expect(container.querySelector('form input[name="view"]')?.getAttribute("value")).toBe("grid");
  });

  it("keeps view and filters in the links of day tabs and view switches", () => {
    renderAgenda({ view: "grid", day: "2017-12-01", kind: "panel" });
    const days = screen.getByRole("navigation", { name: "日期" });
    expect(within(days).getByRole("link", { current: "page" }).getAttribute("href")).toBe(
      "/china-netav-2017/agenda?view=grid&day=2017-12-01&kind=panel",
    );
    expect(
      within(screen.getByRole("navigation", { name: "视图" }))
        .getByRole("link", { name: "列表" })
        .getAttribute("href"),
    ).toBe("/china-netav-2017/agenda?day=2017-12-01&kind=panel");
    expect(screen.getAllByRole("link", { name: /IP的跨平台运营|网络影视的精品化和规模化/ }).length).toBeGreaterThan(0);
    expect(screen.queryByRole("link", { name: "推原创之波，助精品之澜" })).toBeNull();
    expect(screen.getByRole("link", { name: "清除筛选" })).toBeTruthy();
  });

  it("says so when filters leave nothing", () => {
    renderAgenda({ view: "list", day: "2017-12-01", forum: "gala" });
    expect(screen.getByText("当天没有符合条件的日程。")).toBeTruthy();
  });

  it("reads in English with the translated titles", () => {
    renderAgenda({ view: "list", day: "2017-12-01", forum: "web-drama-summit" }, "en");
    expect(screen.getByRole("link", { name: "Cross-Platform Operation of IP" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Agenda" })).toBeTruthy();
  });
});
