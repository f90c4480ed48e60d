import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SpeakerBio } from "@/components/speaker/speaker-bio";

const renderBio = (markdown: string) => render(<SpeakerBio markdown={markdown} />).container;

describe("SpeakerBio", () => {
  it("renders Markdown: emphasis, lists and links", () => {
    const container = renderBio("**咪咕视讯** CEO.\n\n- 5G\n- AI\n\n[Website](https://www.migu.cn)");
    expect(container.querySelector("strong")?.textContent).toBe("咪咕视讯");
    expect(container.querySelectorAll("li")).toHaveLength(2);
    const link = container.querySelector("a")!;
    expect(link.getAttribute("href")).toBe("https://www.migu.cn");
    expect(link.getAttribute("rel")).toContain("nofollow");
  });

  it("never lets scripts, event handlers, raw HTML or javascript: links through", () => {
    const container = renderBio(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3)) <b onclick="alert(4)">bold</b>\n\n![x](https://tracker.example/p.gif)',
    );
    const html = container.innerHTML;
    expect(container.querySelector("script")).toBeNull();
    expect(container.querySelector("img")).toBeNull();
    expect(html).not.toMatch(/onerror|onclick|javascript:/i);
    expect(container.querySelector("a")?.getAttribute("href") ?? "").not.toContain("javascript");
  });
});
