"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { readStars, subscribeToStars, toggleStar } from "@/lib/stars/star-store";

/**
 * Fills a closed forum group of a large agenda day when it is first opened: fetches the agenda
 * filtered to that forum and moves its list (or grid) in. The moved HTML was rendered by the
 * server, so its star buttons are brought to life here rather than by React.
 */
export function AgendaGroupLoader({ conference }: { conference: string }) {
  const t = useTranslations("agenda");
  const ts = useTranslations("star");
  useEffect(() => {
    const root = document.getElementById("agenda-groups");
    if (!root) return;
    const labels = { add: (title: string) => ts("add", { title }), remove: (title: string) => ts("remove", { title }) };
    const text = { loading: t("loading"), failed: t("loadFailed") };
    const refresh = () => {
      const stars = readStars(window.localStorage, conference);
      for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-star]"))
        showStar(button, stars, labels);
    };
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>("button[data-star]");
      if (!button || !root.contains(button)) return;
      toggleStar(window.localStorage, conference, button.dataset.star!);
      refresh();
    };
    const onToggle = (event: Event) => {
      const details = event.target;
      if (details instanceof HTMLDetailsElement && details.open && !details.dataset.loaded)
        void fill(details, text, refresh);
    };
    // `toggle` does not bubble: listen while it goes down.
    root.addEventListener("toggle", onToggle, true);
    root.addEventListener("click", onClick);
    const unsubscribe = subscribeToStars(refresh);
    for (const details of root.querySelectorAll("details[open]")) onToggle({ target: details } as unknown as Event);
    return () => {
      root.removeEventListener("toggle", onToggle, true);
      root.removeEventListener("click", onClick);
      unsubscribe();
    };
  }, [conference, t, ts]);
  return null;
}

async function fill(details: HTMLDetailsElement, text: { loading: string; failed: string }, refresh: () => void) {
  const body = details.querySelector<HTMLElement>("[data-group-body]");
  const src = details.dataset.src;
  if (!body || !src) return;
  details.dataset.loaded = "loading";
  const fallback = body.querySelector("a");
  const status = document.createElement("p");
  status.setAttribute("role", "status");
  status.className = "text-sm text-slate-600";
  status.textContent = text.loading;
  body.prepend(status);
  body.setAttribute("aria-busy", "true");
  try {
    const response = await fetch(src, { headers: { accept: "text/html" } });
    if (!response.ok) throw new Error(String(response.status));
    const doc = new DOMParser().parseFromString(await response.text(), "text/html");
    const content = details.dataset.view === "grid" ? gridOf(doc) : listOf(doc);
    if (!content) throw new Error("no sessions in the page");
    body.replaceChildren(...content.map((n) => document.importNode(n, true)));
    details.dataset.loaded = "yes";
    refresh();
  } catch {
    status.textContent = text.failed;
    if (fallback) body.replaceChildren(status, fallback);
    delete details.dataset.loaded;
  } finally {
    body.removeAttribute("aria-busy");
  }
}

/** The list's time groups, without the region around them (the group is already named by its summary). */
function listOf(doc: Document): Element[] | null {
  const list = doc.querySelector(".agenda-list");
  return list ? [...list.children] : null;
}

function gridOf(doc: Document): Element[] | null {
  const grid = doc.querySelector(".agenda-grid");
  return grid ? [grid] : null;
}

function showStar(
  button: HTMLButtonElement,
  stars: string[],
  labels: { add: (title: string) => string; remove: (title: string) => string },
) {
  const starred = stars.includes(button.dataset.star!);
  // The session's title, as its block's link carries it (grid) or its heading's link says it (list).
  const article = button.closest("article");
  const title =
    article?.querySelector("a[title]")?.getAttribute("title") ?? article?.querySelector("h3 a")?.textContent ?? "";
  const label = starred ? labels.remove(title) : labels.add(title);
  button.disabled = false;
  button.setAttribute("aria-pressed", String(starred));
  button.setAttribute("aria-label", label);
  button.title = label;
  button.classList.toggle("text-amber-600", starred);
  button.classList.toggle("text-slate-500", !starred);
  const glyph = button.querySelector("span");
  if (glyph) glyph.textContent = starred ? "★" : "☆";
}
