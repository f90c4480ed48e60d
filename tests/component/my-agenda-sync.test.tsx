import { act, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MyAgendaSync } from "@/components/session/my-agenda-sync";
import { readStars, starsKey, toggleStar } from "@/lib/stars/star-store";
import { renderWithIntl } from "../support/render-with-intl";

const replace = vi.fn();
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  useRouter: () => ({ replace, push: vi.fn(), prefetch: vi.fn(), refresh: vi.fn(), back: vi.fn(), forward: vi.fn() }),
}));

const CONF = "china-netav-2017";
const a = "da937ee1-0af6-54d7-bd13-3d5ee56a1374";
const b = "0b7c8f5e-1111-4a2b-8c3d-222222222222";
const c = "0b7c8f5e-3333-4a2b-8c3d-444444444444";
const star = (...guids: string[]) => window.localStorage.setItem(starsKey(CONF), JSON.stringify(guids));

describe("my agenda opened from a link", () => {
  beforeEach(() => replace.mockClear());
  afterEach(() => window.localStorage.clear());

  it("shows a shared list in a fresh browser without erasing it, and adds it to the stars on request", () => {
    renderWithIntl(<MyAgendaSync conference={CONF} shown={[a, b]} listed={[a, b]} />);
    expect(screen.getByRole("heading", { name: "来自链接的日程列表" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "将其中 2 场加入我的收藏" }));
    expect(readStars(window.localStorage, CONF)).toEqual([a, b]);
    expect(screen.getByRole("status").textContent).toBe("这些日程都已在你的收藏中。");
    expect(screen.getByRole("link", { name: "查看我的收藏（2 场）" }).getAttribute("href")).toBe(`/${CONF}/my-agenda`);
    expect(replace).not.toHaveBeenCalled();
  });

  it("merges a shared list into the visitor's own stars, keeping both", () => {
    star(c);
    renderWithIntl(<MyAgendaSync conference={CONF} shown={[a, c]} listed={[a, c]} />, "en");
    fireEvent.click(screen.getByRole("button", { name: "Add 1 session to my stars" }));
    expect(readStars(window.localStorage, CONF)).toEqual([c, a]);
    expect(replace).not.toHaveBeenCalled();
  });

  it("offers only the sessions the release still has", () => {
    renderWithIntl(<MyAgendaSync conference={CONF} shown={[a, b]} listed={[a]} />, "en");
    fireEvent.click(screen.getByRole("button", { name: "Add 1 session to my stars" }));
    expect(readStars(window.localStorage, CONF)).toEqual([a]);
  });
});

describe("my own agenda", () => {
  beforeEach(() => replace.mockClear());
  afterEach(() => window.localStorage.clear());

  it("puts the browser's stars into the address when opened without a list", () => {
    star(a, b);
    renderWithIntl(<MyAgendaSync conference={CONF} shown={null} listed={[]} />);
    expect(replace).toHaveBeenCalledWith(`/${CONF}/my-agenda?sessions=${a},${b}`, { scroll: false });
    expect(screen.queryByRole("heading")).toBeNull();
  });

  it("follows the stars when one is taken away on the page", () => {
    star(a, b);
    renderWithIntl(<MyAgendaSync conference={CONF} shown={[b, a]} listed={[a, b]} />);
    expect(replace).not.toHaveBeenCalled();
    act(() => void toggleStar(window.localStorage, CONF, a));
    expect(replace).toHaveBeenCalledWith(`/${CONF}/my-agenda?sessions=${b}`, { scroll: false });
    expect(screen.queryByRole("heading")).toBeNull();
  });
});
