import fs from "node:fs";
import path from "node:path";

/** The messages the app sent so far, oldest first, as raw RFC 5322 text. */
export function sentMail(mailDir: string): string[] {
  if (!fs.existsSync(mailDir)) return [];
  return fs
    .readdirSync(mailDir)
    .filter((f) => f.endsWith(".eml"))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10))
    .map((f) => fs.readFileSync(path.join(mailDir, f), "utf8"));
}

/**
 * A message's text with its transfer encodings undone, enough to find a link
 * in it: quoted-printable soft breaks and escapes, and base64 bodies (nodemailer
 * picks base64 for mostly-Chinese text).
 */
export function decodedMessage(raw: string): string {
  const unQp = raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const base64Bodies = [
    ...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi),
  ].map((m) => Buffer.from(m[1]!.replace(/\s+/g, ""), "base64").toString("utf8"));
  return [unQp, ...base64Bodies].join("\n");
}

/** Waits for a message to `to` (header match) beyond the first `after` messages. */
export async function waitForMail(mailDir: string, to: string, after: number, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = sentMail(mailDir)
      .slice(after)
      .find((m) => new RegExp(`^To: .*${to.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "im").test(m));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No email to ${to} within ${timeoutMs} ms`);
}
