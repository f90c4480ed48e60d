import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";

describe("LocaleSwitcher", () => {
  it("marks the current language and names each language in itself", () => {
    render(<LocaleSwitcher current="zh-CN" />);
    const nav = screen.getByRole("navigation", { name: /Language/ });
    expect(nav).toBeTruthy();
    expect(screen.getByText("中文").getAttribute("aria-current")).toBe("true");
    expect(screen.getByText("English").getAttribute("lang")).toBe("en");
    expect(screen.getByText("English").getAttribute("aria-current")).toBeNull();
  });
});
