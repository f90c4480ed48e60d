import { describe, expect, it } from "vitest";
import { htmlLanguage, languageInputs, publicPageRequest } from "@/lib/serving/page-key";

describe("which requests may be answered from rendered pages", () => {
  const page = (url: string, headers = {}) => publicPageRequest(url, headers);

  it("takes the public pages of a conference, with their query sorted", () => {
    expect(page("/china-netav-2017")).toEqual({ conference: "china-netav-2017", page: "/china-netav-2017" });
    expect(page("/china-netav-2017/agenda?view=grid&day=2017-12-01")).toEqual({ conference: "china-netav-2017", page: "/china-netav-2017/agenda?day=2017-12-01&view=grid" });
    expect(page("/c/sessions/0b7f1a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b")?.page).toBe("/c/sessions/0b7f1a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b");
    expect(page("/c/speakers/wang-bin")?.page).toBe("/c/speakers/wang-bin");
    expect(page("/c/search?q=%E5%92%AA%E5%92%95")?.page).toBe("/c/search?q=%E5%92%AA%E5%92%95");
    expect(page("/c/schedule.xml")?.page).toBe("/c/schedule.xml");
  });

  it("leaves everything else to Next.js", () => {
    for (const url of ["/", "/admin", "/admin/c", "/signin", "/me", "/api/v1/conferences", "/c/agenda?day=1&day=2", "/c/agenda?utm=1", "/c/sessions/not-a-guid", "/c/my-agenda?sessions=x", "/c/agenda/", "/C/agenda", "/c/x/y/z", "/_next/static/x.js", "/media/photos/a.webp", `/c/search?q=${"x".repeat(101)}`]) {
      expect(page(url), url).toBeNull();
    }
    expect(page("/c/agenda", { rsc: "1" })).toBeNull();
    expect(page("/c/agenda", { nextRouterPrefetch: "1" })).toBeNull();
  });

  it("reads the language inputs: a valid switcher cookie wins, else the raw Accept-Language", () => {
    expect(languageInputs("a=1; NEXT_LOCALE=en; b=2", "zh-CN", ["zh-CN", "en"])).toEqual({ cookieLocale: "en", acceptLanguage: "zh-CN" });
    expect(languageInputs("NEXT_LOCALE=fr", " en-US,en;q=0.9 ", ["zh-CN", "en"])).toEqual({ cookieLocale: null, acceptLanguage: "en-US,en;q=0.9" });
    expect(languageInputs(undefined, undefined, ["zh-CN"])).toEqual({ cookieLocale: null, acceptLanguage: "" });
  });

  it("reads the language a page was rendered in", () => {
    expect(htmlLanguage('<!DOCTYPE html><html lang="zh-CN" class="x">')).toBe("zh-CN");
    expect(htmlLanguage("<html><body>")).toBeNull();
  });
});
