import { act, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { StarButton } from "@/components/session/star-button";
import { readStars, starsKey } from "@/lib/stars/star-store";
import { renderWithIntl } from "../support/render-with-intl";

const guid = "da937ee1-0af6-54d7-bd13-3d5ee56a1374";
const other = "0b7c8f5e-1111-4a2b-8c3d-222222222222";

describe("StarButton", () => {
  afterEach(() => window.localStorage.clear());

  it("stars and unstars a session in this browser's storage", () => {
    renderWithIntl(<StarButton conference="china-netav-2017" guid={guid} title="IP的跨平台运营" />);
    const button = screen.getByRole("button", { name: "收藏《IP的跨平台运营》" });
    expect(button.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(button);
    expect(readStars(window.localStorage, "china-netav-2017")).toEqual([guid]);
    expect(screen.getByRole("button", { name: "取消收藏《IP的跨平台运营》" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    fireEvent.click(screen.getByRole("button", { name: "取消收藏《IP的跨平台运营》" }));
    expect(readStars(window.localStorage, "china-netav-2017")).toEqual([]);
  });

  it("keeps every star button of a session in step, and stars per conference", () => {
    renderWithIntl(
      <>
        <StarButton conference="china-netav-2017" guid={guid} title="A" />
        <StarButton conference="china-netav-2017" guid={guid} title="A" />
        <StarButton conference="other-conf" guid={guid} title="B" />
      </>,
    );
    fireEvent.click(screen.getAllByRole("button", { name: "收藏《A》" })[0]!);
    expect(screen.getAllByRole("button", { name: "取消收藏《A》" })).toHaveLength(2);
    expect(screen.getByRole("button", { name: "收藏《B》" }).getAttribute("aria-pressed")).toBe("false");
  });

  it("follows stars changed in another tab", () => {
    renderWithIntl(<StarButton conference="china-netav-2017" guid={other} title="C" />, "en");
    expect(screen.getByRole("button", { name: "Star “C”" })).toBeTruthy();
    act(() => {
      window.localStorage.setItem(starsKey("china-netav-2017"), JSON.stringify([other]));
      window.dispatchEvent(new StorageEvent("storage", { key: starsKey("china-netav-2017") }));
    });
    expect(screen.getByRole("button", { name: "Unstar “C”" }).getAttribute("aria-pressed")).toBe("true");
  });

  it("treats corrupted storage as no stars", () => {
    window.localStorage.setItem(starsKey("china-netav-2017"), "{not json");
    renderWithIntl(<StarButton conference="china-netav-2017" guid={guid} title="D" />);
    expect(screen.getByRole("button", { name: "收藏《D》" }).getAttribute("aria-pressed")).toBe("false");
  });
});
