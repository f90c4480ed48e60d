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

/** What a loaded page ran or holds that it must not, and what it shows. */
export async function inspect(page: Page): Promise<Omit<Seen, "status" | "dialogs">> {
  // Time for late handlers: image errors, autofocus, animations.
  await page.waitForTimeout(400);
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

/** Opens a path in a new tab of `context`; every dialog is a failure (and dismissed). */
export async function visit(context: BrowserContext, url: string): Promise<Seen> {
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  try {
    const response = await page.goto(url, { waitUntil: "networkidle" });
    return { status: response?.status(), dialogs, ...(await inspect(page)) };
  } finally {
    await page.close();
  }
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
