import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { VIEWER_URL, ViewerLink } from "@/components/layout/viewer-link";
import type { SignedIn } from "@/lib/auth/signed-in";
import { renderWithIntl } from "../support/render-with-intl";

const answer = (viewer: SignedIn | null) =>
  vi.fn(async () => new Response(JSON.stringify({ viewer }), { headers: { "content-type": "application/json" } }));

const box = (container: HTMLElement) => container.querySelector<HTMLElement>("[data-viewer]")!;

describe("the header's sign-in link", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("says Sign in until the server answers, then names an organizer and leads to the workspace", async () => {
    const fetch = answer({ name: "Demo Organizer", home: "workspace" });
    vi.stubGlobal("fetch", fetch);
    const { container } = renderWithIntl(<ViewerLink />, "zh-CN");
    // What the server renders, the same for everyone: Sign in, in a box of fixed size.
    expect(box(container).dataset.viewer).toBe("unknown");
    expect(screen.getByRole("link", { name: "登录" }).getAttribute("href")).toBe("/signin");
    const reserved = box(container).className;

    await waitFor(() => expect(box(container).dataset.viewer).toBe("signed-in"));
    expect(screen.getByRole("link", { name: "工作台" }).getAttribute("href")).toBe("/admin");
    expect(screen.getByText("Demo Organizer")).toBeTruthy();
    expect(screen.queryByRole("link", { name: "登录" })).toBeNull();
    // The box keeps its size, so nothing around it moves when the answer arrives.
    expect(box(container).className).toBe(reserved);
    expect(fetch).toHaveBeenCalledWith(VIEWER_URL, expect.objectContaining({ cache: "no-store" }));
  });

  it("leads a speaker with nothing to manage to their profile, in English too", async () => {
    vi.stubGlobal("fetch", answer({ name: "Wang Bin", home: "profile" }));
    const { container } = renderWithIntl(<ViewerLink />, "en");
    await waitFor(() => expect(box(container).dataset.viewer).toBe("signed-in"));
    expect(screen.getByRole("link", { name: "My profile" }).getAttribute("href")).toBe("/me");
    expect(screen.getByText("Wang Bin").getAttribute("title")).toBe("Wang Bin");
  });

  it("keeps Sign in for a visitor who is not signed in", async () => {
    vi.stubGlobal("fetch", answer(null));
    const { container } = renderWithIntl(<ViewerLink />, "en");
    await waitFor(() => expect(box(container).dataset.viewer).toBe("signed-out"));
    expect(screen.getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe("/signin");
  });

  it("keeps Sign in when the question cannot be answered", async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError("offline");
    });
    vi.stubGlobal("fetch", fetch);
    const { container } = renderWithIntl(<ViewerLink />, "en");
    await waitFor(() => expect(fetch).toHaveBeenCalledOnce());
    expect(box(container).dataset.viewer).toBe("unknown");
    expect(screen.getByRole("link", { name: "Sign in" })).toBeTruthy();
  });
});
