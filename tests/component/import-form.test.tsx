import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ImportForm } from "@/components/admin/import-form";
import type { ActionResult } from "@/lib/admin/action-result";
import { at, type ImportRefusal } from "@/lib/interop/import-report";
import type { ImportSummary } from "@/lib/interop/import-summary";
import type { ImportOutcome } from "@/lib/interop/import-upload";
import { renderWithIntl } from "../support/render-with-intl";

const zero = { rooms: 0, tracks: 0, forums: 0, speakers: 0, sessions: 0 };
const summary: ImportSummary = {
  conference: { slug: "demo", created: false },
  created: { ...zero, sessions: 159, rooms: 11 },
  updated: zero,
  unchanged: zero,
  ignored: [{ code: "icalProperty", values: { property: "GEO" }, at: [at.vevent(1, "Registration")], count: 88 }],
  decisions: [
    {
      code: "conferenceZone",
      values: { zone: "Asia/Shanghai" },
      at: [at.vevent(1, "Registration")],
      count: 1,
    },
  ],
  notes: [],
  release: null,
  dryRun: true,
  durationMs: 120,
};

type Result = ActionResult<ImportOutcome>;

function submitWith(result: Result, locale: "zh-CN" | "en" = "zh-CN") {
  const action = vi.fn<(state: Result, data: FormData) => Promise<Result>>(async () => result);
  renderWithIntl(<ImportForm conference="demo" action={action} />, locale);
  fireEvent.click(screen.getByRole("button", { name: locale === "en" ? "Preview" : "预览" }));
  return action;
}

const refused = (refusal: ImportRefusal): Result => ({ status: "error", data: { fileName: "x", refusal } });

describe("the import form", () => {
  it("offers a zone picker, set to the zone used, when the file had none, and lists the decisions in Chinese", async () => {
    const action = submitWith({
      status: "saved",
      data: { summary, fileName: "schedule.ics", events: 159, timeZone: "Asia/Shanghai" },
    });
    const picker = await screen.findByLabelText("文件中时间所属的时区");
    expect((picker as HTMLSelectElement).value).toBe("Asia/Shanghai");
    expect(screen.getByText(/此文件中的时间没有时区信息，已按 Asia\/Shanghai 读取/)).toBeTruthy();
    expect(screen.getByText("已为您处理 1 类格式偏差")).toBeTruthy();
    // Sessions first, then speakers, rooms, tracks and forums.
    const cells = (name: RegExp) => [...screen.getByRole("row", { name }).children].map((c) => c.textContent);
    expect(cells(/将新建/)).toEqual(["将新建", "159", "0", "11", "0", "0"]);
    // The decision itself, its count and where it first occurred: all in the viewer's language.
    const decision = screen.getByText(/按会议的时区 Asia\/Shanghai 读取/).textContent!;
    expect(decision).toContain("文件中的时间没有时区");
    expect(decision).toMatch(/×1（首次出现于 VEVENT 1 “Registration”）$/);
    expect(decision).not.toMatch(/the file|read in/);
    expect(screen.getByText(/属性 GEO ×88/)).toBeTruthy();
    expect(screen.getByText("已为您处理 1 类格式偏差").closest("details")!.open).toBe(true);
    // The picked zone goes with the next preview.
    fireEvent.change(picker, { target: { value: "Europe/London" } });
    fireEvent.click(screen.getByRole("button", { name: "预览" }));
    await waitFor(() => expect(action).toHaveBeenCalledTimes(2));
    expect(action.mock.calls[1]![1].get("timeZone")).toBe("Europe/London");
  });

  it("shows no picker for a file with its own zone", async () => {
    submitWith({
      status: "saved",
      data: { summary: { ...summary, decisions: [] }, fileName: "schedule.xml", events: 3 },
    });
    await screen.findByText("文件中共 3 个议程。");
    expect(screen.queryByLabelText("文件中时间所属的时区")).toBeNull();
  });

  it.each([
    [
      { code: "unsupportedFormat", at: [at.path("photo.png")] } as const,
      /none of the formats Podium reads: schedule XML .* iCalendar \(\.ics\).* \(photo\.png\)$/,
    ],
    [{ code: "notUtf8Csv", at: [at.path("sessions.csv")] } as const, /save it as “CSV UTF-8/],
    [
      { code: "csvTooLong", values: { max: 200_000 }, at: [at.line(2)] } as const,
      /^a cell or row is longer than 200,000 characters \(line 2\)$/,
    ],
  ])("words the refusal %j in the viewer's language", async (refusal, text) => {
    submitWith(refused(refusal), "en");
    expect((await screen.findByRole("alert")).textContent).toMatch(text);
  });

  it("names a refused file's place in Chinese too", async () => {
    submitWith(
      refused({
        code: "unreadableDuration",
        values: { duration: '"soon"' },
        at: [at.event("9"), at.day("1"), at.room("Hall A"), at.line(40)],
      }),
    );
    expect((await screen.findByRole("alert")).textContent).toBe(
      '无法读取时长 "soon"：应为 H:MM、HH:MM 或 HH:MM:SS（活动 9（第 1 天，会场 Hall A，第 40 行））',
    );
  });

  it("says a problem of the form beside its field, in the viewer's words", async () => {
    submitWith({ status: "error", problem: { code: "checkFields" }, fields: { file: { code: "chooseFile" } } }, "en");
    expect((await screen.findByRole("alert")).textContent).toBe("Choose a file to upload.");
  });
});
