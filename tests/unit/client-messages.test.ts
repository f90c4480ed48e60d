import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { pickMessages, publicClientNamespaces } from "@/lib/i18n/client-messages";

const root = path.resolve(import.meta.dirname, "../..");
// Where the public pages' client components live; the workspace's, sign-in's and speakers' forms get every message.
const publicAreas = [
  "agenda",
  "conference",
  "forum",
  "layout",
  "now",
  "offline",
  "screen",
  "search",
  "session",
  "speaker",
  "time",
];

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  return (
    ["", ".tsx", ".ts", "/index.ts"]
      .map((ext) => base + ext)
      .find((f) => fs.existsSync(f) && fs.statSync(f).isFile()) ?? null
  );
}

/** The namespaces a file and everything it imports (not types) translate with. */
function namespacesOf(file: string, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  if (seen.has(file)) return found;
  seen.add(file);
  const text = fs.readFileSync(file, "utf8");
  for (const m of text.matchAll(/useTranslations\(([^)]*)\)/g))
    found.add(/^"([^"]*)"$/.exec(m[1]!)?.[1] ?? `dynamic: ${m[1]}`);
  for (const m of text.matchAll(/^(?:import|export) (?!type )[^;]*? from "([^"]+)"/gms)) {
    const target = resolveImport(file, m[1]!);
    if (target) for (const n of namespacesOf(target, seen)) found.add(n);
  }
  return found;
}

describe("the messages public pages carry", () => {
  it("hold every namespace their client components translate with", () => {
    const clients = publicAreas.flatMap((area) => {
      const dir = path.join(root, "components", area);
      return fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => path.join(dir, f)) : [];
    });
    const used = clients
      .filter((f) => /\.tsx?$/.test(f) && /^["']use client["']/.test(fs.readFileSync(f, "utf8").trimStart()))
      .flatMap((f) => [...namespacesOf(f)].map((n) => `${path.relative(root, f)}: ${n}`));
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((u) => !(publicClientNamespaces as readonly string[]).includes(u.split(": ")[1]!))).toEqual([]);
  });

  it("are those namespaces alone, a fraction of all messages", () => {
    const picked = pickMessages(en, publicClientNamespaces);
    expect(Object.keys(picked).sort()).toEqual([...publicClientNamespaces].filter((n) => n in en).sort());
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(en).length / 4);
  });
});
