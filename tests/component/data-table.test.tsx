import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DataTable, EditLink } from "@/components/ui/data-table";
import { NameCell } from "@/components/ui/name-cell";
import type { ListQuery } from "@/lib/admin/list-query";
import type { Locale } from "@/lib/domain/vocabulary";
import { joinNames, namesIn } from "@/lib/i18n/names";
import { renderWithIntl } from "../support/render-with-intl";

const rooms = [
  { id: 3, name: "分论坛一厅", translations: { en: { name: "Forum Hall 1" } }, people: ["王斌", "刘春"] },
  { id: 7, name: "主会场", translations: {}, people: [] },
];
const query: ListQuery<string> = { q: "", sort: "name", dir: "asc", page: 1 };

function renderRooms(locale: Locale, rows = rooms) {
  const list = { base: "/admin/demo/rooms", query, filters: { status: "draft" } };
  const named = rows.map((r) => ({ ...r, ...namesIn(r, locale) }));
  return renderWithIntl(
    <DataTable
      list={list}
      rows={named}
      rowKey={(r) => r.id}
      columns={[
        { label: locale === "en" ? "Name" : "名称", sort: "name", cell: (r) => <NameCell {...r} /> },
        { label: locale === "en" ? "People" : "嘉宾", cell: (r) => joinNames(r.people, locale) },
      ]}
      action={(r) => <EditLink href={`${list.base}/${r.id}`} name={r.name} />}
    />,
    locale,
  );
}

describe("the workspace data table", () => {
  it.each([
    ["en", "Edit", "Forum Hall 1", "分论坛一厅", "People", "王斌, 刘春"],
    ["zh-CN", "编辑", "分论坛一厅", "Forum Hall 1", "嘉宾", "王斌、刘春"],
  ] as const)(
    "in %s: names in the viewer's language, an edit link per row, labelled cells",
    (locale, edit, name, other, people, joined) => {
      renderRooms(locale);
      const [, first, second] = screen.getAllByRole("row");
      // The name in the viewer's language leads; the other version stands under it.
      expect(first!.textContent).toMatch(new RegExp(`^${name}${other}`));
      expect(within(first!).getByText(joined)).toBeTruthy();
      // On a phone a row is a card: every cell after the first says what it is, hidden from screen readers
      // (they have the column header).
      const label = within(first!).getByText(people);
      expect(label.getAttribute("aria-hidden")).toBe("true");
      const link = within(first!).getByRole("link", { name: new RegExp(`^${edit}\\s*${name}$`) });
      expect(link.getAttribute("href")).toBe("/admin/demo/rooms/3");
      expect(within(second!).getByRole("link", { name: new RegExp(`^${edit}\\s*主会场$`) })).toBeTruthy();
    },
  );

  it("sorts by a header link that keeps the filters, and says which way it sorts", () => {
    renderRooms("en");
    const header = screen.getByRole("columnheader", { name: /Name/ });
    expect(header.getAttribute("aria-sort")).toBe("ascending");
    const href = within(header).getByRole("link").getAttribute("href")!;
    const params = new URL(href, "http://x").searchParams;
    expect([params.get("sort"), params.get("dir"), params.get("status")]).toEqual(["name", "desc", "draft"]);
    // A column without a sort is plain text.
    expect(within(screen.getByRole("columnheader", { name: "People" })).queryByRole("link")).toBeNull();
  });

  it("names no edit link on a row the viewer may not edit, and says why where the list has words for it", () => {
    renderWithIntl(
      <>
        <EditLink href="/admin/demo/forums/1" name="开幕式" editable={false} otherwise="Read only" />
        <EditLink href="/admin/demo/forums/2" name="盛典" editable={false} />
      </>,
      "en",
    );
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByText("Read only")).toBeTruthy();
  });

  it.each([
    ["en", "Nothing matches."],
    ["zh-CN", "没有符合条件的项目。"],
  ] as const)("says in %s when nothing matches", (locale, empty) => {
    renderRooms(locale, []);
    expect(screen.getByText(empty)).toBeTruthy();
  });
});
