import { screen, within } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { ConferenceOverview } from "@/components/conference/conference-overview";
import type { PublishedProgramme } from "@/db/queries/published";
import { loadDemoProgramme } from "../support/demo-programme";
import { renderWithIntl } from "../support/render-with-intl";

describe("ConferenceOverview", () => {
  let programme: PublishedProgramme;
  beforeAll(async () => {
    programme = await loadDemoProgramme();
  });

  it("names the conference, its theme, dates and city", () => {
    renderWithIntl(<ConferenceOverview programme={programme} locale="zh-CN" />, "zh-CN");
    expect(screen.getByRole("heading", { level: 1, name: "第五届中国网络视听大会" })).toBeTruthy();
    expect(screen.getByText("新使命、新视界、新动能")).toBeTruthy();
    expect(screen.getByText(/成都/)).toBeTruthy();
  });

  it("lists the forums under their three days with their organizations, times in the conference zone and rooms", () => {
    renderWithIntl(<ConferenceOverview programme={programme} locale="zh-CN" />, "zh-CN");
    const days = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(days).toHaveLength(3);
    expect(days[2]).toContain("12月1日");
    const forum = screen.getByRole("heading", { level: 4, name: "网络剧高峰论坛" }).closest("article")!;
    expect(within(forum).getByText("承办：咪咕文化科技有限公司")).toBeTruthy();
    expect(within(forum).getByText(/09:00–12:10/)).toBeTruthy();
    expect(within(forum).getByText("7 场日程")).toBeTruthy();
    expect(screen.getByText(/Asia\/Shanghai \(UTC\+8\)/)).toBeTruthy();
  });

  it("features the keynote speaker first", () => {
    renderWithIntl(<ConferenceOverview programme={programme} locale="zh-CN" />, "zh-CN");
    const speakers = within(screen.getByRole("region", { name: "演讲嘉宾" })).getAllByRole("listitem");
    expect(speakers[0]?.textContent).toContain("王斌");
    expect(speakers[0]?.textContent).toContain("咪咕视讯科技有限公司 CEO");
  });

  it("shows the English text of the content in English", () => {
    renderWithIntl(<ConferenceOverview programme={programme} locale="en" />, "en");
    expect(
      screen.getByRole("heading", { level: 1, name: "The 5th China Internet Audio-Visual Conference" }),
    ).toBeTruthy();
    expect(screen.getByRole("heading", { level: 4, name: "Web Drama Summit" })).toBeTruthy();
    expect(screen.getByText(/Wang Bin/)).toBeTruthy();
    expect(screen.getByText("Organizer: MIGU Co., Ltd.")).toBeTruthy();
    expect(screen.getByText("7 sessions")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Forums and events" })).toBeTruthy();
  });
});
