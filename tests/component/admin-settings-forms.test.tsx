import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { ReactElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { ConferenceSettingsForm } from "@/components/admin/conference-settings-form";
import { NewConferenceForm } from "@/components/admin/new-conference-form";
import { OrganizationForm } from "@/components/admin/organization-form";
import { GrantOrganizerForm, RevokeOrganizerButton } from "@/components/admin/organizer-form";
import { TrackForm } from "@/components/admin/track-form";
import type { Locale } from "@/lib/domain/vocabulary";
import { refusingSave } from "../support/refused-save";
import { renderWithIntl } from "../support/render-with-intl";

const action = vi.fn(async () => ({ status: "idle" as const }));
const settings = {
  slug: "china-netav-2017",
  name: "第五届中国网络视听大会",
  nameEn: "",
  theme: "",
  themeEn: "",
  city: "成都",
  cityEn: "Chengdu",
  venue: "",
  venueEn: "",
  startDate: "2017-11-29",
  endDate: "2017-12-01",
  timeZone: "Asia/Shanghai",
  defaultLocale: "zh-CN",
  website: "",
  published: true,
};
const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

/** Renders one form at a time (their field ids are unique per page, not across forms). */
function each(locale: Locale, check: Array<[ReactElement, () => void]>) {
  for (const [ui, assert] of check) {
    const { unmount } = renderWithIntl(ui, locale);
    assert();
    unmount();
  }
}

describe("workspace forms for tracks, organizations, settings and organizers", () => {
  it.each([
    [
      "zh-CN",
      {
        color: "颜色",
        parent: "上级机构",
        none: "（无）",
        zone: "时区",
        cityEn: "英文城市名",
        published: "公开这个会议",
        locale: "默认语言",
        create: "创建会议",
        email: "邮箱",
        revoke: "移除",
      },
    ],
    [
      "en",
      {
        color: "Colour",
        parent: "Parent organization",
        none: "(none)",
        zone: "Time zone",
        cityEn: "City in English",
        published: "Make this conference public",
        locale: "Default language",
        create: "Create conference",
        email: "Email",
        revoke: "Revoke",
      },
    ],
  ] as const)("labels every field and shows what is stored, in %s", (locale, l) => {
    each(locale, [
      [
        <TrackForm
          key="t"
          conference="c"
          track={{ id: 1, name: "专题", nameEn: "", slug: "main", color: "#1d4ed8", position: "0" }}
          save={action}
          remove={action}
        />,
        () => expect(input(l.color).value).toBe("#1d4ed8"),
      ],
      [
        <OrganizationForm key="o" organization={null} parents={[{ id: 1, name: "中国移动" }]} save={action} />,
        () =>
          expect((screen.getByLabelText(l.parent) as HTMLSelectElement).selectedOptions[0]?.textContent).toBe(l.none),
      ],
      [
        <ConferenceSettingsForm key="s" conference={settings} zones={["Asia/Shanghai"]} save={action} />,
        () => {
          expect(input(l.zone).value).toBe("Asia/Shanghai");
          expect(input(l.cityEn).value).toBe("Chengdu");
          expect(input(l.published).checked).toBe(true);
          expect((screen.getByLabelText(l.locale) as HTMLSelectElement).value).toBe("zh-CN");
        },
      ],
      [
        <NewConferenceForm key="n" zones={["Asia/Shanghai"]} create={action} />,
        () => expect(screen.getByRole("button", { name: l.create })).toBeTruthy(),
      ],
      [
        <GrantOrganizerForm key="g" conference="c" grant={action} canGrantUnverified={false} />,
        () => expect(input(l.email).value).toBe(""),
      ],
      [
        <RevokeOrganizerButton key="r" conference="c" userId={2} email="a@podium.test" revoke={action} />,
        () => expect(screen.getByRole("button", { name: `${l.revoke} a@podium.test` })).toBeTruthy(),
      ],
    ]);
  });

  it.each([
    ["zh-CN", "结束日期", "默认语言", "公开这个会议", "保存", "结束时间不能早于开始时间。"],
    [
      "en",
      "Last day",
      "Default language",
      "Make this conference public",
      "Save",
      "The end cannot be before the start.",
    ],
  ] as const)(
    "after a refused save of the settings, says why in %s and keeps what was typed, picked and unticked",
    async (locale, endDate, language, published, save, said) => {
      const refuse = refusingSave({ endDate: { code: "endBeforeStart" } });
      renderWithIntl(<ConferenceSettingsForm conference={settings} zones={["Asia/Shanghai"]} save={refuse} />, locale);
      fireEvent.change(input(endDate), { target: { value: "2017-11-01" } });
      fireEvent.change(screen.getByLabelText(language), { target: { value: "en" } });
      fireEvent.click(input(published));
      await act(async () => fireEvent.click(screen.getByRole("button", { name: save })));
      await waitFor(() => expect(screen.getByText(said)).toBeTruthy());
      expect(input(endDate).value).toBe("2017-11-01");
      expect((screen.getByLabelText(language) as HTMLSelectElement).value).toBe("en");
      expect(input(published).checked).toBe(false);
    },
  );
});
