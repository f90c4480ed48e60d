import type { BrowserContext, Page } from "playwright-core";

// Whether a page showed the XSS payloads of tests/e2e/support/xss-conference.ts as text and ran none.

export interface Seen {
  status: number | undefined;
  /** window.__xss was set: a payload ran. */
  ran: boolean;
  dialogs: string[];
  dangers: string[];
  /** The visible text, and what form fields hold. */
  text: string;
}

/**
 * What a loaded page ran or holds that it must not, and what it shows. The caller waits for late
 * handlers (image errors, autofocus, animations) first: `visit` by the network's half second of quiet.
 */
export async function inspect(page: Page): Promise<Omit<Seen, "status" | "dialogs">> {
  // Autofocus and animation events fire in a rendering step: two frames, so each has had one.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // No named functions inside: a transpiler's name helpers do not exist in the page.
  return page.evaluate(() => {
    const urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "background", "poster", "cite"];
    const dangers: string[] = [];
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        if (name.startsWith("on") && /__xss|alert\(/.test(attr.value))
          dangers.push(`${name}="${attr.value}" on <${el.localName}>`);
        if (name === "srcdoc" && attr.value.includes("__xss")) dangers.push(`srcdoc on <${el.localName}>`);
        // The scheme a browser acts on: it ignores case, control characters and spaces.
        const scheme = /^([a-z][a-z0-9+.-]*):/.exec(
          attr.value
            .replace(/[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\u2028\u2029\u202a-\u202e\ufeff]/g, "")
            .toLowerCase(),
        )?.[1];
        // React puts this exact guard on forms whose action is a function: it throws, it runs nothing of ours.
        const reactGuard =
          name === "action" &&
          attr.value.startsWith("javascript:throw new Error('A React form was unexpectedly submitted.");
        if (urlAttributes.includes(name) && (scheme === "javascript" || scheme === "vbscript") && !reactGuard)
          dangers.push(`${name}="${attr.value}" on <${el.localName}>`);
      }
      // A refresh to a script URL; other <meta> may quote the payloads as text (descriptions).
      if (
        el.localName === "meta" &&
        el.hasAttribute("http-equiv") &&
        /javascript:/i.test(el.getAttribute("content") ?? "")
      )
        dangers.push(`<meta http-equiv content="${el.getAttribute("content")}">`);
    }
    for (const a of Array.from(document.querySelectorAll("a[href], area[href]"))) {
      if ((a as HTMLAnchorElement).href.toLowerCase().startsWith("javascript:"))
        dangers.push(`a link to ${(a as HTMLAnchorElement).href}`);
    }
    const values = Array.from(document.querySelectorAll("input, textarea")).map((e) => (e as HTMLInputElement).value);
    return { ran: "__xss" in window, dangers, text: [document.body.innerText, ...values].join("\n") };
  });
}

/** A tab kept for visit after visit, and the dialogs its current page opened. */
export interface Tab {
  page: Page;
  dialogs: string[];
}

/**
 * One tab of `context` for all its visits: a new tab is a new renderer that compiles the pages'
 * scripts again, four times the browser's work of a visit. Every dialog is a failure (and dismissed).
 */
export async function openTab(context: BrowserContext): Promise<Tab> {
  const page = await context.newPage();
  const tab: Tab = { page, dialogs: [] };
  page.on("dialog", (dialog) => {
    tab.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return tab;
}

/**
 * Opens a URL in the tab, a new document with nothing of the last. The network's half second of
 * quiet (networkidle) is the time late handlers get: an image's or a media element's error follows
 * its request; what could fire later still shows in the markup `inspect` reads.
 */
export async function visit(tab: Tab, url: string): Promise<Seen> {
  tab.dialogs.length = 0;
  const response = await tab.page.goto(url, { waitUntil: "networkidle" });
  return { status: response?.status(), dialogs: [...tab.dialogs], ...(await inspect(tab.page)) };
}

const normalize = (text: string) => text.replace(/\s+/g, " ").trim();

/** Everything wrong with a page: a payload ran or is armed, or a field it shows is not there as text. */
export function problems(seen: Seen, shows: string[]): string[] {
  const text = normalize(seen.text);
  return [
    ...(seen.status === 200 ? [] : [`status ${seen.status}`]),
    ...(seen.ran ? ["window.__xss is set: a payload ran"] : []),
    ...seen.dialogs.map((d) => `dialog ${d}`),
    ...seen.dangers,
    ...shows.filter((s) => !text.includes(normalize(s))).map((s) => `not shown as text: ${s}`),
  ];
}
