import type { Browser, BrowserContext, Page } from "playwright-core";

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  errors: string[];
  status: number | undefined;
  close: () => Promise<void>;
}

/** A fresh browser profile that asks for pages in `language`, like a phone set to it; collects page errors. */
export async function openPage(
  browser: Browser,
  url: string,
  { width = 1280, language = "zh-CN" } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: language });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  const response = await page.goto(url, { waitUntil: "networkidle" });
  return { page, context, errors, status: response?.status(), close: () => context.close() };
}
