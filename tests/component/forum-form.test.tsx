import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ForumForm } from "@/components/admin/forum-form";
import { refusingSave } from "../support/refused-save";
import { renderWithIntl } from "../support/render-with-intl";

const conference = { slug: "c", startDate: "2017-11-29", endDate: "2017-12-01" };

describe("a forum seen by one of its forum editors", () => {
  it("offers its words and shows its date, kind and organizations read only", () => {
    const forum = {
      id: 1,
      name: "网络剧高峰论坛",
      nameEn: "",
      slug: "web-drama-summit",
      kind: "forum" as const,
      theme: "",
      themeEn: "",
      description: "",
      descriptionEn: "",
      date: "2017-12-01",
      position: "5",
      organizations: [{ organizationId: "9", role: "organizer" as const }],
    };
    const { container } = renderWithIntl(
      <ForumForm
        conference={conference}
        forum={forum}
        organizer={false}
        organizations={[{ id: 9, name: "咪咕文化科技有限公司", shortName: "咪咕" }]}
        save={vi.fn()}
      />,
    );
    expect(screen.getByText(/你是本论坛承办方成员（论坛编辑）/)).toBeTruthy();
    expect((screen.getByLabelText("日期") as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText("类型") as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByLabelText("名称") as HTMLInputElement).disabled).toBe(false);
    expect(screen.getByText("咪咕文化科技有限公司（咪咕） · 承办")).toBeTruthy();
    expect(container.querySelector("input[name=organizations]")).toBeNull();
  });
});

describe("a refused save of a new forum", () => {
  it.each([
    ["zh-CN", "网址标识", "类型", "保存", "本会议的另一个论坛已使用该标识。", "请检查标出的字段。"],
    ["en", "Slug", "Kind", "Save", "Another forum of this conference has that slug.", "Check the highlighted fields."],
  ] as const)(
    "says why beside the field in %s and keeps what was typed, the kind picked too",
    async (locale, slug, kind, save, said, summary) => {
      const action = refusingSave({ slug: { code: "slugTaken", values: { kind: "forum" } } });
      renderWithIntl(
        <ForumForm conference={conference} forum={null} organizer organizations={[]} save={action} />,
        locale,
      );
      fireEvent.change(screen.getByLabelText(slug), { target: { value: "web-drama-summit" } });
      fireEvent.change(screen.getByLabelText(kind), { target: { value: "summit" } });
      await act(async () => fireEvent.click(screen.getByRole("button", { name: save })));
      await waitFor(() => expect(screen.getByText(said)).toBeTruthy());
      expect(screen.getByRole("alert").textContent).toBe(summary);
      expect((screen.getByLabelText(slug) as HTMLInputElement).value).toBe("web-drama-summit");
      expect((screen.getByLabelText(kind) as HTMLSelectElement).value).toBe("summit");
      expect(screen.getByLabelText(slug).getAttribute("aria-invalid")).toBe("true");
    },
  );
});

describe("an over-long text", () => {
  it("is never cut by the browser: no field has a maxlength, the server says the limit beside it", async () => {
    const action = refusingSave({ theme: { code: "tooLong", values: { max: 300 } } });
    const { container } = renderWithIntl(
      <ForumForm conference={conference} forum={null} organizer organizations={[]} save={action} />,
    );
    expect(container.querySelectorAll("[maxlength]")).toHaveLength(0);
    const theme = "网".repeat(301);
    fireEvent.change(screen.getByLabelText("主题"), { target: { value: theme } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "保存" }));
    });
    await waitFor(() => expect(screen.getByText("最多 300 个字符。")).toBeTruthy());
    expect((screen.getByLabelText("主题") as HTMLInputElement).value).toBe(theme);
  });
});
