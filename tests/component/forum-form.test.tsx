import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ForumForm } from "@/components/admin/forum-form";
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
