import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { databasePath, DEFAULT_DATABASE_PATH, openDatabase } from "@/db/connection";

describe("the database file", () => {
  it("comes from DATABASE_URL, with or without a file: prefix, else data/podium.db", () => {
    expect(databasePath({ DATABASE_URL: "/srv/podium/live.db" })).toBe("/srv/podium/live.db");
    expect(databasePath({ DATABASE_URL: "file:/srv/podium/live.db" })).toBe("/srv/podium/live.db");
    expect(databasePath({})).toBe(path.resolve(DEFAULT_DATABASE_PATH));
    expect(databasePath({ DATABASE_URL: "  " })).toBe(path.resolve("data/podium.db"));
  });

  it("is created with its folder on first use", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-conn-"));
    const file = path.join(dir, "nested/deeper/podium.db");
    const db = openDatabase(file);
    expect(fs.existsSync(file)).toBe(true);
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
