import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SpeakerPage } from "@/components/speaker/speaker-page";
import { ownProfileSchema } from "@/db/mutations/own-profile";
import { speakerFormSchema } from "@/db/mutations/speakers/speaker-form";
import { problemsOf } from "@/lib/errors/zod-problems";
import type { SpeakerLink } from "@/lib/domain/vocabulary";
import type { ProgrammeView, SpeakerView } from "@/lib/programme/programme-view";
import en from "@/messages/en.json";

const scheme = { code: "invalidUrl" };
const speaker = { name: "王斌", slug: "wang-bin" };

// Both forms post the rows as one JSON hidden field; the speaker's own form is a pick of the organizers'.
const forms = [
  [
    "speakerFormSchema",
    (url: string) => speakerFormSchema.safeParse({ ...speaker, links: JSON.stringify([{ kind: "website", url }]) }),
  ],
  [
    "ownProfileSchema",
    (url: string) =>
      ownProfileSchema.safeParse({ name: speaker.name, links: JSON.stringify([{ kind: "website", url }]) }),
  ],
] as const;

const accepted = [
  "https://www.migu.cn",
  "http://blog.example.com/posts?id=7#top",
  "HTTPS://EXAMPLE.COM/",
  "https://例子.测试",
  "https://xn--fsqu00a.xn--0zwm56d/",
  "https://www.example.com/演讲/第五届中国网络视听大会?主题=视听",
  "  https://weibo.com/migu  ",
];

const refused = [
  "javascript:alert(1)",
  "JAVASCRIPT:alert(1)",
  "JaVaScRiPt:alert(1)",
  "javascript://example.com/%0aalert(1)",
  "javascript:https://example.com",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "ftp://files.example.com/cv.pdf",
  "mailto:wang@example.com",
  "//evil.example.com",
  "/speakers/wang-bin",
  "../admin",
  "www.migu.cn",
  "migu",
  "http:example.com",
  "https:/example.com",
  " javascript:alert(1)",
  "\tjavascript:alert(1)",
  "\u0001javascript:alert(1)",
  "java\nscript:alert(1)",
  "java\tscript:alert(1)",
  "java script:alert(1)",
  "jav&#x09;ascript:alert(1)",
  "&#106;avascript:alert(1)",
  "https://example.com\njavascript:alert(1)",
  "https://exa mple.com",
  "",
];

describe.each(forms)("speaker links through %s", (_name, parse) => {
  it.each(accepted)("accepts %j", (url) => {
    const result = parse(url);
    expect(result.success).toBe(true);
    expect(result.data?.links[0]?.url).toBe(url.trim());
  });

  it.each(refused)("refuses %j with the problem beside the row", (url) => {
    const result = parse(url);
    expect(result.success).toBe(false);
    expect(problemsOf(result.error!)["links.0.url"]).toEqual(scheme);
  });

  it.each(["https://example.com\u0000", "https://example.com/a b", "https://example.com/\u0085"])(
    "refuses a web address with a space or control character, %j",
    (url) => {
      const result = parse(url);
      expect(result.success).toBe(false);
      expect(problemsOf(result.error!)["links.0.url"]).toEqual({ code: "urlWhitespace" });
    },
  );

  it("keeps what the browser would follow when tabs or newlines sit inside a web address", () => {
    const result = parse("https://exa\nmple.com/\tpath\r\njavascript:alert(1)");
    expect(result.data?.links[0]?.url).toBe("https://example.com/pathjavascript:alert(1)");
    expect(new URL(result.data!.links[0]!.url).protocol).toBe("https:");
  });

  it("accepts a web address of 2000 characters and refuses a longer one", () => {
    const base = "https://example.com/";
    expect(parse(base + "a".repeat(2000 - base.length)).success).toBe(true);
    const result = parse(base + "a".repeat(2001 - base.length));
    expect(result.success).toBe(false);
    expect(problemsOf(result.error!)["links.0.url"]).toEqual({ code: "tooLong", values: { max: 2000 } });
  });
});

it("names the row whose address is wrong", () => {
  const result = speakerFormSchema.safeParse({
    ...speaker,
    links: JSON.stringify([
      { kind: "website", url: "https://www.migu.cn" },
      { kind: "weibo", url: "javascript:alert(1)" },
    ]),
  });
  expect(problemsOf(result.error!)).toEqual({ "links.1.url": scheme });
});

const programme: ProgrammeView = {
  conference: {
    slug: "china-netav-2017",
    name: "第五届中国网络视听大会",
    timeZone: "Asia/Shanghai",
    startDate: "2017-11-29",
    endDate: "2017-12-01",
    venue: "成都",
    searchExamples: [],
  },
  rooms: [],
  tracks: [],
  forums: [],
  sessions: [],
  speakers: [],
};

/** The hrefs of the speaker page's link list, as the server renders it. */
function renderedLinks(links: SpeakerLink[]): Array<{ href: string; text: string }> {
  const view: SpeakerView = {
    slug: "wang-bin",
    name: "Wang Bin",
    position: "",
    organization: "",
    affiliation: "",
    bio: "",
    photo: null,
    links,
  };
  const html = renderToStaticMarkup(
    // A .ts test has no JSX, and createElement's types want the provider's children among its props.
    // eslint-disable-next-line react/no-children-prop
    createElement(NextIntlClientProvider, {
      locale: "en",
      messages: en,
      timeZone: "UTC",
      children: createElement(SpeakerPage, { programme, speaker: view, sessions: [], locale: "en" }),
    }),
  );
  const section = /<section aria-labelledby="speaker-links".*?<\/section>/s.exec(html)?.[0] ?? "";
  const unescape = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  return [...section.matchAll(/<a [^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/g)].map((m) => ({
    href: unescape(m[1]!),
    text: unescape(m[2]!),
  }));
}

describe("speaker page links", () => {
  it("shows web links, named by their host unless labelled", () => {
    expect(
      renderedLinks([
        { kind: "website", url: "https://www.migu.cn/about" },
        { kind: "weibo", url: "http://weibo.com/migu", label: "Weibo" },
      ]),
    ).toEqual([
      { href: "https://www.migu.cn/about", text: "www.migu.cn" },
      { href: "http://weibo.com/migu", text: "Weibo" },
    ]);
  });

  // Links written before validation, or by an import, reach the page unchecked.
  it("only ever links to http(s), whatever was stored", () => {
    const stored = [...refused, ...accepted, "https://example.com\u0000", "https://例子.测试/路径"].map(
      (url): SpeakerLink => ({ kind: "other", url }),
    );
    const links = renderedLinks(stored);
    expect(links.length).toBeGreaterThan(0);
    for (const { href } of links) {
      expect(href).toMatch(/^https?:\/\/\S+$/);
      expect([...href].every((c) => c.charCodeAt(0) > 0x1f)).toBe(true);
      expect(new URL(href).href).toBe(href);
    }
    expect(links.map((l) => l.href)).not.toContainEqual(
      expect.stringMatching(/^(javascript|data|vbscript|ftp|mailto):/i),
    );
  });

  it("writes a label as text, never as markup", () => {
    const [link] = renderedLinks([
      { kind: "website", url: "https://www.migu.cn", label: '<img src=x onerror="alert(1)">' },
    ]);
    expect(link?.text).toBe('<img src=x onerror="alert(1)">');
  });
});
