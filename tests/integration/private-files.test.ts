import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/connection";
import { storePhoto } from "@/lib/photos/photo-store";
import type { ProcessedPhoto } from "@/lib/photos/process-photo";
import { ensureAuthSecret } from "@/scripts/prepare-runtime";

const mode = (file: string) => fs.statSync(file).mode & 0o777;
const scratch: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-private-"));
  scratch.push(dir);
  return dir;
}

describe("files that hold secrets and people's data", () => {
  afterEach(() => {
    for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("are created owner-only: the database's folders, the file and its WAL and SHM files", () => {
    const root = tempDir();
    const file = path.join(root, "data/nested/podium.db");
    const db = openDatabase(file);
    db.$client.exec("create table t (x); insert into t values (1);");
    expect(mode(path.join(root, "data"))).toBe(0o700);
    expect(mode(path.dirname(file))).toBe(0o700);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f), f).toBe(0o600);
    db.$client.close();
  });

  it("are created owner-only: the sign-in secret beside the database", () => {
    const root = tempDir();
    const previous = process.env.AUTH_SECRET;
    delete process.env.AUTH_SECRET;
    try {
      const secret = ensureAuthSecret(path.join(root, "fresh/podium.db"));
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(mode(path.join(root, "fresh"))).toBe(0o700);
      expect(mode(path.join(root, "fresh/.auth-secret"))).toBe(0o600);
    } finally {
      if (previous !== undefined) process.env.AUTH_SECRET = previous;
    }
  });

  it("are created owner-only: uploaded photos and their folders, while a folder the operator made keeps its mode", async () => {
    const root = tempDir();
    const photo: ProcessedPhoto = {
      hash: "a".repeat(64),
      avatar: Buffer.from("avatar"),
      thumbnail: Buffer.from("thumb"),
    };
    const uploads = path.join(root, "uploads");
    await storePhoto(uploads, photo);
    expect(mode(uploads)).toBe(0o700);
    expect(mode(path.join(uploads, "photos"))).toBe(0o700);
    expect(fs.readdirSync(path.join(uploads, "photos")).map((f) => mode(path.join(uploads, "photos", f)))).toEqual([
      0o600, 0o600,
    ]);

    const chosen = path.join(root, "chosen");
    fs.mkdirSync(chosen, { mode: 0o755 });
    fs.chmodSync(chosen, 0o755);
    await storePhoto(chosen, photo);
    expect(mode(chosen)).toBe(0o755);
    expect(mode(path.join(chosen, "photos"))).toBe(0o700);
  });
});
