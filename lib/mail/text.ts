// Values in emails come from people: escaped before they enter html, and kept on one line
// so a name with a line break cannot break a subject or the sentence it sits in.

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => entities[c]!);

export const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

/** A short email of paragraphs, as plain text and the same as escaped html. */
export function paragraphsEmail(
  to: string,
  locale: string,
  subject: string,
  paragraphs: string[],
): { to: string; subject: string; text: string; html: string } {
  const text = `${paragraphs.join("\n\n")}\n`;
  const html = `<!doctype html>
<html lang="${escapeHtml(locale)}">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2937">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
</body>
</html>
`;
  return { to, subject: oneLine(subject), text, html };
}
