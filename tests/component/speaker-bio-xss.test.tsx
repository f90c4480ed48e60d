import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SpeakerBio } from "@/components/speaker/speaker-bio";
import { xssPayloads } from "../support/xss-corpus";

const renderBio = (markdown: string) => render(<SpeakerBio markdown={markdown} />).container;

const activeElements = [
  "script",
  "iframe",
  "frame",
  "object",
  "embed",
  "applet",
  "style",
  "link",
  "form",
  "button",
  "input",
  "textarea",
  "meta",
  "base",
  "svg",
  "math",
  "template",
  "noscript",
];
const urlAttributes = [
  "href",
  "src",
  "srcset",
  "action",
  "formaction",
  "xlink:href",
  "data",
  "poster",
  "background",
  "cite",
  "longdesc",
  "srcdoc",
];

/** The scheme a browser would act on: it ignores case and drops control characters and whitespace. */
function schemeOf(url: string): string | null {
  const cleaned = url
    .replace(/[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\u2028\u2029\u202a-\u202e\ufeff]/g, "")
    .toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1] ?? null;
}

/** What would make a rendered bio run code or load something it should not; empty when inert. */
function dangersIn(container: HTMLElement): string[] {
  const found: string[] = [];
  for (const tag of activeElements) if (container.querySelector(tag)) found.push(`<${tag}> element`);
  for (const el of container.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) found.push(`${name} on <${el.localName}>`);
      if (name === "style") found.push(`style on <${el.localName}>`);
      if (urlAttributes.includes(name)) {
        const scheme = schemeOf(attr.value);
        if (scheme !== null && !["http", "https", "mailto"].includes(scheme))
          found.push(`${name}="${attr.value}" on <${el.localName}>`);
      }
    }
  }
  return found;
}

describe("SpeakerBio against the XSS corpus", () => {
  it.each(xssPayloads)("keeps %j inert", (payload) => {
    const container = renderBio(payload);
    expect(dangersIn(container)).toEqual([]);
  });

  it("keeps the whole corpus inert when written as one bio", () => {
    const container = renderBio(xssPayloads.join("\n\n"));
    expect(dangersIn(container)).toEqual([]);
  });
});

describe("SpeakerBio with ordinary Markdown", () => {
  it("renders emphasis, lists and web links, marked nofollow", () => {
    const container = renderBio(
      "**咪咕视讯** CEO, *since 2015*.\n\n1. 5G\n2. AI\n\n- [Website](https://www.migu.cn/about?a=1&b=2)\n- [Blog](http://blog.example.com)\n- [Mail](mailto:ceo@example.com)",
    );
    expect(container.querySelector("strong")?.textContent).toBe("咪咕视讯");
    expect(container.querySelector("em")?.textContent).toBe("since 2015");
    expect(container.querySelectorAll("ol li")).toHaveLength(2);
    const links = [...container.querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual([
      "https://www.migu.cn/about?a=1&b=2",
      "http://blog.example.com",
      "mailto:ceo@example.com",
    ]);
    for (const a of links) expect(a.getAttribute("rel")).toBe("nofollow noopener noreferrer");
  });

  it("keeps the words of a refused link, without the link", () => {
    const container = renderBio("See [my site](javascript:alert(1)) and <script>alert(2)</script>more.");
    expect(container.textContent).toContain("my site");
    expect(container.querySelector("a")?.hasAttribute("href") ?? false).toBe(false);
  });

  it("shows code as text", () => {
    const container = renderBio("`<img src=x onerror=alert(1)>`");
    expect(container.querySelector("code")?.textContent).toBe("<img src=x onerror=alert(1)>");
    expect(container.querySelector("img")).toBeNull();
  });
});
