import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ReleaseReceipt } from "@/db/mutations/publish-release";
import { PublishForm } from "@/components/admin/publish-form";
import type { ActionResult } from "@/lib/admin/action-result";
import { renderWithIntl } from "../support/render-with-intl";

const published = vi.fn(async (): Promise<ActionResult<ReleaseReceipt>> => ({
  status: "saved",
  data: { id: 3, version: "v3", publishedAt: new Date("2017-11-29T02:00:00Z") },
}));
const confirm = vi.spyOn(window, "confirm");
afterEach(() => {
  published.mockClear();
  confirm.mockReset();
});

const render = (locale: "zh-CN" | "en" = "en") =>
  renderWithIntl(<PublishForm conference="c" suggested="v3" taken={["v1", "v2"]} action={published} />, locale);
const name = (label = "Version name") => screen.getByLabelText(label) as HTMLInputElement;

describe("publishing a release", () => {
  it.each([
    ["en", "Version name", "Publish", "A release named v2 already exists; choose another name."],
    ["zh-CN", "版本名称", "发布", "已存在名为 v2 的版本，请换一个名称。"],
  ] as const)("says a name already taken before asking to confirm (%s)", async (locale, label, button, said) => {
    render(locale);
    fireEvent.change(name(label), { target: { value: " v2 " } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: button })));
    expect(screen.getByText(said)).toBeTruthy();
    expect(name(label).getAttribute("aria-invalid")).toBe("true");
    expect(confirm).not.toHaveBeenCalled();
    expect(published).not.toHaveBeenCalled();
  });

  it("asks for a name before asking to confirm", async () => {
    render();
    fireEvent.change(name(), { target: { value: "  " } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Publish" })));
    expect(screen.getByText("Required.")).toBeTruthy();
    expect(confirm).not.toHaveBeenCalled();
  });

  it("publishes a new name once confirmed, says so and clears the name", async () => {
    confirm.mockReturnValue(true);
    render();
    expect(name().value).toBe("v3");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Publish" })));
    expect(confirm).toHaveBeenCalledOnce();
    await waitFor(() =>
      expect(screen.getByText("Published. The public agenda and changelog are updated.")).toBeTruthy(),
    );
    expect(published).toHaveBeenCalledOnce();
    expect(name().value).toBe("");
  });

  it("publishes nothing when the organizer does not confirm", async () => {
    confirm.mockReturnValue(false);
    render();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Publish" })));
    expect(confirm).toHaveBeenCalledOnce();
    expect(published).not.toHaveBeenCalled();
  });
});
