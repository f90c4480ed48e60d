import type { Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { defaultSchema, sanitize, type Schema } from "hast-util-sanitize";
import { toText } from "hast-util-to-text";

// Abstracts and descriptions are plain text when typed into Podium, but schedule
// files (Pentabarf/frab XML from FOSDEM and the like) carry them as HTML. A text
// is taken as HTML when it holds a tag of the kinds those files use; "a < b" is not one.
const HTML_TAG =
  /<\/?(?:p|br|a|ul|ol|li|em|strong|b|i|u|s|code|pre|blockquote|h[1-6]|div|span|hr|dl|dt|dd|sup|sub|del|ins|tt|q|cite|abbr|img|table|thead|tbody|tr|td|th)(?:\s[^<>]*)?\/?>/i;

export function isHtml(text: string): boolean {
  return HTML_TAG.test(text);
}

/**
 * What GitHub lets through (the schema rehype-sanitize gives speaker bios), less
 * links other than http(s) and pictures: no scripts, event handlers, styles or
 * forms, and nothing loaded from elsewhere when a page is read.
 */
export const richTextSchema: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !["img", "picture", "source", "input"].includes(tag)),
  protocols: { ...defaultSchema.protocols, href: ["http", "https"], cite: ["http", "https"] },
};

/** The sanitized tree of an HTML fragment, for rendering. */
export function sanitizeHtml(html: string): Root {
  return sanitize(fromHtml(html, { fragment: true }), richTextSchema) as Root;
}

/**
 * The words of a text as a reader sees them: HTML loses its tags and entities
 * (paragraphs become blank lines, as innerText gives them), plain text is kept.
 */
export function richTextToPlain(text: string): string {
  if (!isHtml(text)) return text;
  return toText(fromHtml(text, { fragment: true }))
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
