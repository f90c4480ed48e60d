import type { Browser, BrowserContext, Page } from "playwright-core";

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  errors: string[];
  status: number | undefined;
  close: () => Promise<void>;
}

/**
 * A fresh browser profile that asks for pages in `language`, like a phone set to it, at a
 * viewport; collects page errors. `clock` fakes the browser's time from before the first
 * script runs, as if the visit happened then. `serviceWorkers: "block"` for a test that routes the
 * page's requests: Playwright's routes do not see requests that the offline worker answers.
 */
export async function openPage(
  browser: Browser,
  url: string,
  {
    width = 1280,
    height = 900,
    language = "zh-CN",
    clock,
    serviceWorkers = "allow",
  }: { width?: number; height?: number; language?: string; clock?: Date; serviceWorkers?: "allow" | "block" } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width, height }, locale: language, serviceWorkers });
  const page = await context.newPage();
  if (clock) await page.clock.install({ time: clock });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  const response = await page.goto(url, { waitUntil: "networkidle" });
  return { page, context, errors, status: response?.status(), close: () => context.close() };
}
