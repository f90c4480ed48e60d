import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { GrantOrganizerForm } from "@/components/admin/organizer-form";
import { renderWithIntl } from "../support/render-with-intl";

describe("granting organizer rights", () => {
  it("offers 'grant anyway' to platform admins only", () => {
    const action = vi.fn(async () => ({ status: "idle" as const }));
    const admin = renderWithIntl(<GrantOrganizerForm conference="c" grant={action} canGrantUnverified />, "en");
    expect(screen.getByRole("checkbox", { name: /Grant even if the address is not confirmed/ })).toBeTruthy();
    admin.unmount();
    renderWithIntl(<GrantOrganizerForm conference="c" grant={action} canGrantUnverified={false} />, "en");
    expect(screen.queryByRole("checkbox")).toBeNull();
  });

  it.each([
    ["en", "Email", "Grant organizer rights", "ghost@podium.test has not confirmed this address yet."],
    ["zh-CN", "邮箱", "授予组织者权限", "ghost@podium.test 尚未确认该邮箱地址。"],
  ] as const)(
    "says a refusal beside the email field in the viewer's language (%s)",
    async (locale, label, button, message) => {
      const action = vi.fn(async () => ({
        status: "error" as const,
        problem: { code: "checkFields" as const },
        fields: { email: { code: "accountUnconfirmed" as const, values: { email: "ghost@podium.test" } } },
        values: { email: "ghost@podium.test" },
      }));
      renderWithIntl(<GrantOrganizerForm conference="c" grant={action} canGrantUnverified={false} />, locale);
      fireEvent.change(screen.getByLabelText(label), { target: { value: "ghost@podium.test" } });
      fireEvent.click(screen.getByRole("button", { name: button }));
      await waitFor(() =>
        expect(screen.getByText(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))).toBeTruthy(),
      );
      expect(screen.getByLabelText(label).getAttribute("aria-invalid")).toBe("true");
    },
  );

  it("keeps an admin's 'grant anyway' ticked after a refusal, and says the refusal only beside the field", async () => {
    const action = vi.fn(async () => ({
      status: "error" as const,
      problem: { code: "checkFields" as const },
      fields: { email: { code: "noAccount" as const, values: { email: "ghost@podium.test" } } },
      values: { email: "ghost@podium.test", grantUnverified: "on" },
    }));
    renderWithIntl(<GrantOrganizerForm conference="c" grant={action} canGrantUnverified />, "en");
    fireEvent.click(screen.getByRole("checkbox"));
    fireEvent.click(screen.getByRole("button", { name: "Grant organizer rights" }));
    await waitFor(() => expect(screen.getByText(/No one has an account with ghost@podium.test/)).toBeTruthy());
    expect((screen.getByRole("checkbox") as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText("Email") as HTMLInputElement).value).toBe("ghost@podium.test");
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
