import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RichText } from "@/components/session/rich-text";

const renderRichText = (text: string) => render(<RichText text={text} />).container;

describe("RichText", () => {
  it("renders an imported HTML abstract as paragraphs and links, never as its source", () => {
    const container = renderRichText(
      '<p>Currently LLVM saves registers.</p>\n<p>See <a href="https://llvm.org/docs">the docs</a> &amp; more.</p>',
    );
    expect(container.textContent).not.toContain("<p>");
    expect(container.textContent).not.toContain("&amp;");
    expect([...container.querySelectorAll("p")].map((p) => p.textContent)).toEqual([
      "Currently LLVM saves registers.",
      "See the docs & more.",
    ]);
    const link = container.querySelector("a")!;
    expect(link.getAttribute("href")).toBe("https://llvm.org/docs");
    expect(link.getAttribute("rel")).toContain("nofollow");
  });

  it("lets no script, handler, style, frame, form, picture or non-web link through", () => {
    const container = renderRichText(
      '<p onclick="alert(1)" style="color:red">x<script>alert(2)</script></p><iframe src="https://evil.example"></iframe>' +
        '<img src="https://tracker.example/p.gif" onerror="alert(3)"><form action="/x"><input name="a"></form>' +
        '<a href="javascript:alert(4)">js</a> <a href="mailto:a@example.com">mail</a> <a href="/admin">inside</a>' +
        '<svg><a href="https://example.com">svg</a></svg><p><b>bold</b> <em>em</em></p>',
    );
    const html = container.innerHTML;
    for (const tag of ["script", "iframe", "img", "form", "input", "svg", "style"])
      expect(container.querySelector(tag), tag).toBeNull();
    expect(html).not.toMatch(/onclick|onerror|style=|javascript:|mailto:|href="\/admin"/i);
    expect(container.textContent).not.toContain("alert");
    expect([...container.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["https://example.com"]);
    expect(container.textContent).toContain("js mail inside");
    expect(container.querySelector("b")?.textContent).toBe("bold");
  });

  it("keeps the line breaks of typed text and shows its angle brackets as text", () => {
    const container = renderRichText("第一行\n第二行：a < b");
    const p = container.querySelector("p")!;
    expect(p.textContent).toBe("第一行\n第二行：a < b");
    expect(p.className).toContain("whitespace-pre-line");
  });
});
