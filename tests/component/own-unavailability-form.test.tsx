import { act, fireEvent, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { OwnUnavailabilityForm } from "@/components/me/own-unavailability-form";
import { unavailableRow } from "@/db/mutations/speakers/speaker-form";
import type { ActionResult } from "@/lib/admin/action-result";
import { renderWithIntl } from "../support/render-with-intl";

const conference = {
  slug: "cnav-2017",
  name: "第五届中国网络视听大会",
  timeZone: "Asia/Shanghai",
  startDate: "2017-11-29",
  endDate: "2017-12-01",
};

describe("a speaker's times at /me (zh-CN)", () => {
  it("adds an empty row, so one stray click and 保存时间 cannot make the speaker unavailable all day", async () => {
    const posted: FormData[] = [];
    const save = vi.fn(async (_: unknown, data: FormData): Promise<ActionResult> => {
      posted.push(data);
      return { status: "idle" } as ActionResult;
    });
    renderWithIntl(<OwnUnavailabilityForm speakerId={7} conference={conference} windows={[]} save={save} />);
    fireEvent.click(screen.getByRole("button", { name: "+ 添加时间段" }));
    expect((screen.getByLabelText("从 (第 1 行)") as HTMLInputElement).value).toBe("");
    expect((screen.getByLabelText("到 (第 1 行)") as HTMLInputElement).value).toBe("");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "保存时间" })));
    const rows = JSON.parse(String(posted[0]?.get("unavailability"))) as unknown[];
    expect(rows).toEqual([{ startsAt: "", endsAt: "", note: "" }]);
    // The server refuses such a row beside it instead of saving a window.
    expect(unavailableRow.safeParse(rows[0]).success).toBe(false);
  });
});
