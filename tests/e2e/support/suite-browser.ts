import type { Browser } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { openDatabase, type Db } from "@/db/connection";
import { launchBrowser } from "./browser";

/**
 * One browser for the tests of the describe block this is called in: launched before
 * them, closed after. Call it first in the block, so later hooks may use the browser.
 */
export function browserForTests(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser is launched in beforeAll: use it inside a test or a later hook");
    return browser;
  };
}

/** A browser and the end-to-end server's database, for a describe block that drives pages and reads or seeds rows. */
export interface BrowserAndDatabase {
  browser: Browser;
  db: Db;
}

export async function openBrowserAndDatabase(): Promise<BrowserAndDatabase> {
  return { browser: await launchBrowser(), db: openDatabase(inject("databaseFile")) };
}

/** Closes what openBrowserAndDatabase opened; either may be missing when its beforeAll failed. */
export async function closeBrowserAndDatabase(opened: Partial<BrowserAndDatabase>): Promise<void> {
  await opened.browser?.close();
  opened.db?.$client.close();
}
