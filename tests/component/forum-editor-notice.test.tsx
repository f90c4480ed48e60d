import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ForumEditorNotice } from "@/components/admin/forum-editor-notice";
import { renderWithIntl } from "../support/render-with-intl";

describe("the forum editor's notice", () => {
  it.each([
    ["zh-CN", "等大会组织者发布新版本后才会出现在公开日程上"],
    ["en", "reach the public programme when an organizer publishes the next release"],
  ] as const)("says their edits wait for an organizer's release (%s)", (locale, words) => {
    renderWithIntl(<ForumEditorNotice access="forumEditor" />, locale);
    expect(screen.getByRole("note").textContent).toContain(words);
  });

  it("says nothing to an organizer, whose release it is", () => {
    const { container } = renderWithIntl(<ForumEditorNotice access="organizer" />, "zh-CN");
    expect(container.textContent).toBe("");
  });
});
