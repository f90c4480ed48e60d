import { fireEvent, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { renderWithIntl } from "../support/render-with-intl";

const reload = vi.fn();
Object.defineProperty(window, "location", { value: { ...window.location, reload }, writable: true });

describe("LocaleSwitcher", () => {
  beforeEach(() => {
    reload.mockClear();
    document.cookie = "NEXT_LOCALE=; path=/; max-age=0";
  });

  it("marks the current language and names each language in itself", () => {
    renderWithIntl(<LocaleSwitcher />, "zh-CN");
    expect(screen.getByRole("navigation", { name: "语言" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "中文" }).getAttribute("aria-pressed")).toBe("true");
    const english = screen.getByRole("button", { name: "English" });
    expect(english.getAttribute("lang")).toBe("en");
    expect(english.getAttribute("aria-pressed")).toBe("false");
  });

  it("remembers the chosen language and renders the same page again", () => {
    renderWithIntl(<LocaleSwitcher />, "zh-CN");
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(document.cookie).toContain("NEXT_LOCALE=en");
    expect(reload).toHaveBeenCalledOnce();
  });

  it("does nothing when the current language is chosen again", () => {
    renderWithIntl(<LocaleSwitcher />, "en");
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(reload).not.toHaveBeenCalled();
    expect(document.cookie).not.toContain("NEXT_LOCALE");
  });
});
