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
 * script runs, as if the visit happened then. The offline worker only with `serviceWorkers:
 * "allow"`: registered, it fetches and stores every page of the conference in the background, a
 * few seconds of the server's and the browser's time per fresh profile that only tests of reading
 * offline use (and Playwright's routes do not see requests it answers).
 */
export async function openPage(
  browser: Browser,
  url: string,
  {
    width = 1280,
    height = 900,
    language = "zh-CN",
    clock,
    serviceWorkers = "block",
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
