import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { signedIn } from "./support/sign-in";

const baseURL = inject("baseURL");
const path = "/admin/china-netav-2017/webhooks";

// What an organizer does on the page, in Chinese: a loopback address is refused beside the
// field, a public one is registered and its secret shown once, and it can be paused and deleted.
describe("the webhooks page in a real browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("refuses a loopback endpoint, registers a public one with its secret shown once, pauses and deletes it", async () => {
    const { page, context, errors } = await signedIn(browser, baseURL, "organizer@podium.test", path);
    const url = page.getByLabel("接收端 URL");
    await expect(url.getAttribute("type")).resolves.toBe("url");
    for (const event of ["release.published", "speaker.updated"])
      await expect(page.getByRole("checkbox", { name: new RegExp(`^${event}`) }).isChecked()).resolves.toBe(true);

    await url.fill("http://127.0.0.1:8080/hook");
    await page.getByRole("button", { name: "添加接收端" }).click();
    await page.locator("#field-url-error").filter({ hasText: "不在公共互联网上" }).waitFor();
    await expect(url.inputValue()).resolves.toBe("http://127.0.0.1:8080/hook");

    await url.fill("https://93.184.216.34/podium-hook");
    await page.getByRole("checkbox", { name: /^speaker\.updated/ }).uncheck();
    await page.getByRole("button", { name: "添加接收端" }).click();
    const secret = page.getByRole("textbox", { name: /签名密钥/ });
    await secret.waitFor();
    expect(await secret.inputValue()).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const endpoint = page.locator("li", { hasText: "https://93.184.216.34/podium-hook" });
    await endpoint.getByText("release.published").waitFor();
    expect(await endpoint.textContent()).not.toContain("speaker.updated");

    await page.reload({ waitUntil: "networkidle" });
    expect(await page.getByRole("textbox", { name: /签名密钥/ }).count()).toBe(0);
    await endpoint.getByRole("button", { name: "暂停" }).click();
    await endpoint.getByText("已暂停").waitFor();
    page.once("dialog", (dialog) => void dialog.accept());
    await endpoint.getByRole("button", { name: "删除" }).click();
    await endpoint.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    await context.close();
  });
});
