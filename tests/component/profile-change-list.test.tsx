import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ProfileChangeList } from "@/components/release/profile-change-list";
import { renderWithIntl } from "../support/render-with-intl";

describe("profile changes in a release", () => {
  it("names the speaker and the parts of the profile that changed, in Chinese", () => {
    renderWithIntl(
      <ProfileChangeList
        profiles={[{ guid: "g", slug: "wang-bin", name: "王斌", fields: ["bio", "photo", "translations"] }]}
        locale="zh-CN"
        linkTo={(slug) => `/c/speakers/${slug}`}
      />,
    );
    expect(screen.getByText("资料更新")).toBeTruthy();
    expect(screen.getByRole("link", { name: "王斌" }).getAttribute("href")).toContain("/c/speakers/wang-bin");
    expect(screen.getByText("更新了：简介、照片、英文资料")).toBeTruthy();
  });
});
