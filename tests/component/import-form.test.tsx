import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ImportForm } from "@/components/admin/import-form";
import type { ImportSummary } from "@/db/interop/import-schedule";
import type { ImportFormState } from "@/lib/interop/import-form-state";
import { renderWithIntl } from "../support/render-with-intl";

const zero = { rooms: 0, tracks: 0, forums: 0, speakers: 0, sessions: 0 };
const summary: ImportSummary = {
  conference: { slug: "demo", created: false },
  created: { ...zero, sessions: 159, rooms: 11 },
  updated: zero,
  unchanged: zero,
  ignored: [],
  decisions: [
    {
      what: "the file gives local times without a zone: read in the conference's zone Asia/Shanghai",
      where: "VEVENT 1 “Registration”",
      count: 1,
    },
  ],
  notes: [],
  release: null,
  dryRun: true,
  durationMs: 120,
};

function submitWith(result: ImportFormState, locale: "zh-CN" | "en" = "zh-CN") {
  const action = vi.fn<(state: ImportFormState, data: FormData) => Promise<ImportFormState>>(async () => result);
  renderWithIntl(<ImportForm conference="demo" action={action} />, locale);
  fireEvent.click(screen.getByRole("button", { name: locale === "en" ? "Preview" : "预览" }));
  return action;
}

describe("the import form", () => {
  it("offers a zone picker, set to the zone used, when the file had none, and lists the decisions", async () => {
    const action = submitWith({
      status: "saved",
      summary,
      fileName: "schedule.ics",
      events: 159,
      timeZone: "Asia/Shanghai",
    });
    const picker = await screen.findByLabelText("文件中时间所属的时区");
    expect((picker as HTMLSelectElement).value).toBe("Asia/Shanghai");
    expect(screen.getByText(/此文件中的时间没有时区信息，已按 Asia\/Shanghai 读取/)).toBeTruthy();
    expect(screen.getByText("已为您处理 1 类格式偏差")).toBeTruthy();
    expect(screen.getByText(/首次出现于 VEVENT 1 “Registration”/)).toBeTruthy();
    // The picked zone goes with the next preview.
    fireEvent.change(picker, { target: { value: "Europe/London" } });
    fireEvent.click(screen.getByRole("button", { name: "预览" }));
    await waitFor(() => expect(action).toHaveBeenCalledTimes(2));
    expect(action.mock.calls[1]![1].get("timeZone")).toBe("Europe/London");
  });

  it("shows no picker for a file with its own zone", async () => {
    submitWith({ status: "saved", summary: { ...summary, decisions: [] }, fileName: "schedule.xml", events: 3 });
    await screen.findByText("文件中共 3 个议程。");
    expect(screen.queryByLabelText("文件中时间所属的时区")).toBeNull();
  });

  it.each([
    [{ key: "unsupported" } as const, /none of the formats Podium reads: schedule XML .* iCalendar \(\.ics\)/],
    [{ key: "notUtf8Csv" } as const, /save it as “CSV UTF-8/],
    [{ key: "cellTooLong", line: 2, max: 200000 } as const, /Line 2: a cell or row is longer than 200,000 characters/],
  ])("words the refusal %j in the viewer's language", async (refusal, text) => {
    submitWith({ status: "error", refusal }, "en");
    expect((await screen.findByRole("alert")).textContent).toMatch(text);
  });
});
