import { describe, expect, it } from "vitest";
import { isHtml, richTextToPlain } from "@/lib/programme/rich-text";

// The shape of every FOSDEM 2025 abstract.
const FOSDEM =
  '<p>Currently LLVM saves and restores callee-saved registers during\nprologue-epilogue insertion.</p>\n<p>See <a href="https://llvm.org/docs">the docs</a> &amp; the <code>-O2</code> numbers.</p>';

describe("imported rich text", () => {
  it("tells HTML from typed text", () => {
    expect(isHtml(FOSDEM)).toBe(true);
    expect(isHtml("<br>")).toBe(true);
    expect(isHtml("咪咕将通过坚实的用户基础……")).toBe(false);
    expect(isHtml("When a < b and c > d, or <T> in Java")).toBe(false);
  });

  it("reduces HTML to the words a reader sees: no tags, attributes or entities, paragraphs as blank lines", () => {
    expect(richTextToPlain(FOSDEM)).toBe(
      "Currently LLVM saves and restores callee-saved registers during prologue-epilogue insertion.\n\nSee the docs & the -O2 numbers.",
    );
    expect(
      richTextToPlain("<p>a<script>alert(1)</script><style>p{}</style></p><ul><li>one</li><li>two</li></ul>"),
    ).toBe("a\n\none\ntwo");
  });

  it("keeps typed text as it is, line breaks included", () => {
    expect(richTextToPlain("第一行\n第二行 & <3")).toBe("第一行\n第二行 & <3");
  });
});
