import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { desc, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/media/photos/[file]/route";
import { databasePath as connectionDatabasePath } from "@/db/connection";
import { databasePath } from "@/lib/data-files";
import { removeOwnPhoto, setOwnPhoto } from "@/db/mutations/speaker-photo";
import { auditLog, speakers } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/permissions";
import { isStoredPhotoUrl, photoThumbnailUrl, uploadsDir } from "@/lib/photos/photo-store";
import { whileAuditFails } from "../support/audit-failure";
import { roles } from "../support/workspace-fixture";
import { scratchWorkspace } from "../support/scratch-database";

const picture = (background: string, format: "jpeg" | "png" | "webp" = "jpeg") =>
  sharp({ create: { width: 640, height: 480, channels: 3, background } })
    [format]()
    .toBuffer();

describe("a speaker's own photo", () => {
  const t = scratchWorkspace();
  let dir: string;
  const wangBin = () => t.db.select().from(speakers).where(eq(speakers.slug, "wang-bin")).get()!;
  /** The audit entry of the latest photo a speaker set or removed on their own profile. */
  const lastOwnPhotoEntry = () =>
    t.db.select().from(auditLog).where(eq(auditLog.action, "speaker.photo-own")).orderBy(desc(auditLog.id)).get()!;
  const files = () => (fs.existsSync(path.join(dir, "photos")) ? fs.readdirSync(path.join(dir, "photos")).sort() : []);
  const filesOf = (url: string) => {
    const hash = url.match(/([0-9a-f]{64})\.webp$/)![1]!;
    return [`${hash}-thumb.webp`, `${hash}.webp`];
  };
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-uploads-"));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("stores 王斌's upload as two WebP files named by content, and audits it", async () => {
    const result = await setOwnPhoto({ db: t.db, viewer: t.ws.viewers.speaker }, wangBin().id, await picture("#c00"), {
      dir,
    });
    if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
    const url = result.value.photo!;
    expect(url).toMatch(/^\/media\/photos\/[0-9a-f]{64}\.webp$/);
    expect(wangBin().photo).toBe(url);
    expect(files()).toEqual(filesOf(url));
    expect((await sharp(path.join(dir, "photos", filesOf(url)[1]!)).metadata()).width).toBe(400);
    const entry = lastOwnPhotoEntry();
    expect(entry).toMatchObject({
      userId: t.ws.viewers.speaker!.userId,
      entityType: "speaker",
      entityId: String(wangBin().id),
    });
    expect(entry.details).toMatchObject({ changes: { photo: { before: null, after: url } } });
  });

  it("replaces the photo and deletes the old files", async () => {
    const old = wangBin().photo!;
    const result = await setOwnPhoto(
      { db: t.db, viewer: t.ws.viewers.speaker },
      wangBin().id,
      await picture("#00c", "png"),
      { dir },
    );
    expect(result.ok).toBe(true);
    const url = wangBin().photo!;
    expect(url).not.toBe(old);
    expect(files()).toEqual(filesOf(url));
  });

  it("refuses a forged or broken file beside the field, keeping the old photo, row and files", async () => {
    const before = wangBin();
    const filesBefore = files();
    const forged = await setOwnPhoto(
      { db: t.db, viewer: t.ws.viewers.speaker },
      before.id,
      Buffer.from("<html><script>alert(1)</script></html>"),
      { dir },
    );
    expect(forged).toEqual({
      ok: false,
      problem: { code: "checkFields" },
      fields: { photo: { code: "notAPicture" } },
    });
    const png = await picture("#0c0", "png");
    const broken = await setOwnPhoto({ db: t.db, viewer: t.ws.viewers.speaker }, before.id, png.subarray(0, 40), {
      dir,
    });
    expect(broken).toMatchObject({ ok: false, fields: { photo: { code: "pictureUnreadable" } } });
    expect(wangBin()).toEqual(before);
    expect(files()).toEqual(filesBefore);
  });

  it("keeps the old photo and removes the new files when the database write fails", async () => {
    const before = wangBin();
    const filesBefore = files();
    let seen: string | null = null;
    const failing = setOwnPhoto({ db: t.db, viewer: t.ws.viewers.speaker }, before.id, await picture("#cc0"), {
      dir,
      afterWrite: (tx, speakerId) => {
        seen = tx.select().from(speakers).where(eq(speakers.id, speakerId)).get()!.photo;
        throw new Error("snapshot refresh failed");
      },
    });
    await expect(failing).rejects.toThrow("snapshot refresh failed");
    expect(seen).toMatch(/^\/media\/photos\//);
    expect(seen).not.toBe(before.photo);
    expect(wangBin()).toEqual(before);
    expect(files()).toEqual(filesBefore);
  });

  it("records the photo and its audit entry in one transaction: without the entry, the old photo and files stay", async () => {
    const before = wangBin();
    const filesBefore = files();
    const bytes = await picture("#c60");
    await expect(
      whileAuditFails(t.db, () => setOwnPhoto({ db: t.db, viewer: t.ws.viewers.speaker }, before.id, bytes, { dir })),
    ).rejects.toThrow(/audit refused/);
    expect(wangBin()).toEqual(before);
    expect(files()).toEqual(filesBefore);
  });

  it("keeps files another profile still shows", async () => {
    const shared = wangBin().photo!;
    t.db.update(speakers).set({ photo: shared }).where(eq(speakers.slug, "wang-beibei")).run();
    try {
      await setOwnPhoto({ db: t.db, viewer: t.ws.viewers.speaker }, wangBin().id, await picture("#0cc", "webp"), {
        dir,
      });
      expect(files()).toEqual(expect.arrayContaining(filesOf(shared)));
    } finally {
      t.db.update(speakers).set({ photo: null }).where(eq(speakers.slug, "wang-beibei")).run();
    }
  });

  it("removes the photo: none on the profile, files gone, audited", async () => {
    const old = wangBin().photo!;
    const filesBefore = files();
    const result = await removeOwnPhoto({ db: t.db, viewer: t.ws.viewers.speaker }, wangBin().id, { dir });
    expect(result).toMatchObject({ ok: true, value: { photo: null } });
    expect(files()).toEqual(filesBefore.filter((f) => !filesOf(old).includes(f)));
    const entry = lastOwnPhotoEntry();
    expect(entry.details).toMatchObject({ changes: { photo: { before: old, after: null } } });
  });

  it("refuses everyone else, the platform admin included, before reading the file", async () => {
    const bytes = await picture("#c0c");
    const filesBefore = files();
    const own = wangBin().id;
    const other = t.db.select().from(speakers).where(eq(speakers.slug, "wang-beibei")).get()!.id;
    await expect(setOwnPhoto({ db: t.db, viewer: t.ws.viewers.speaker }, other, bytes, { dir })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(removeOwnPhoto({ db: t.db, viewer: t.ws.viewers.speaker }, other, { dir })).rejects.toThrow(
      ForbiddenError,
    );
    for (const role of roles.filter((r) => r !== "speaker")) {
      await expect(setOwnPhoto({ db: t.db, viewer: t.ws.viewers[role] }, own, bytes, { dir }), role).rejects.toThrow(
        ForbiddenError,
      );
      await expect(removeOwnPhoto({ db: t.db, viewer: t.ws.viewers[role] }, own, { dir }), role).rejects.toThrow(
        ForbiddenError,
      );
    }
    expect(files()).toEqual(filesBefore);
  });

  describe("served at /media/photos/", () => {
    let url: string;
    beforeAll(async () => {
      const result = await setOwnPhoto(
        { db: t.db, viewer: t.ws.viewers.speaker },
        wangBin().id,
        await picture("#888"),
        {
          dir,
        },
      );
      if (!result.ok) throw new Error("expected success");
      url = result.value.photo!;
      vi.stubEnv("UPLOADS_DIR", dir);
    });
    afterAll(() => vi.unstubAllEnvs());
    const get = (file: string, headers: HeadersInit = {}) =>
      GET(new Request(`http://podium.test/media/photos/${encodeURIComponent(file)}`, { headers }), {
        params: Promise.resolve({ file }),
      });

    it("returns the avatar and its thumbnail as WebP, cacheable for good", async () => {
      const hash = filesOf(url)[1]!.slice(0, 64);
      const response = await get(`${hash}.webp`);
      expect(response.status).toBe(200);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        "content-type": "image/webp",
        "cache-control": "public, max-age=31536000, immutable",
        etag: `"${hash}"`,
        "x-content-type-options": "nosniff",
      });
      expect(
        Buffer.from(await response.arrayBuffer()).equals(fs.readFileSync(path.join(dir, "photos", `${hash}.webp`))),
      ).toBe(true);
      const thumb = await get(`${hash}-thumb.webp`);
      expect(thumb.status).toBe(200);
      expect((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).width).toBe(96);
    });

    it("answers 304 when the browser has it already", async () => {
      const hash = filesOf(url)[1]!.slice(0, 64);
      for (const tag of [`"${hash}"`, `W/"${hash}"`, `"other", "${hash}"`]) {
        const response = await get(`${hash}.webp`, { "If-None-Match": tag });
        expect(response.status, tag).toBe(304);
        expect(response.headers.get("etag")).toBe(`"${hash}"`);
        expect(await response.text()).toBe("");
      }
      expect((await get(`${hash}.webp`, { "If-None-Match": '"other"' })).status).toBe(200);
    });

    it.each([
      "../etc/passwd",
      "..%2F..%2Fetc%2Fpasswd",
      `${"0".repeat(64)}.webp`,
      "test.db",
      "../test.db",
      `${"A".repeat(64)}.webp`,
      `.${"0".repeat(64)}.webp.tmp`,
    ])("answers 404 for %s", async (file) => {
      const response = await get(file);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
      expect(await response.text()).toBe("Not found");
    });
  });
});

describe("where photos live", () => {
  it("is UPLOADS_DIR when set, else an uploads folder beside the database", () => {
    expect(uploadsDir({ UPLOADS_DIR: "/srv/podium/uploads", DATABASE_URL: "/srv/db/podium.db" })).toBe(
      "/srv/podium/uploads",
    );
    expect(uploadsDir({ UPLOADS_DIR: "media-files" })).toBe(path.resolve("media-files"));
    expect(uploadsDir({ DATABASE_URL: "file:/srv/podium/live.db" })).toBe("/srv/podium/uploads");
    expect(uploadsDir({ UPLOADS_DIR: " " })).toBe(path.resolve("data/uploads"));
  });

  it("follows the same DATABASE_URL rule as the connection", () => {
    for (const DATABASE_URL of [undefined, "", "/srv/x.db", "file:/srv/x.db", "file:rel/x.db", " rel.db "]) {
      expect(databasePath({ DATABASE_URL })).toBe(connectionDatabasePath({ DATABASE_URL }));
    }
  });

  it("gives lists the thumbnail of an uploaded photo and any other address unchanged", () => {
    const hash = "a".repeat(64);
    expect(photoThumbnailUrl(`/media/photos/${hash}.webp`)).toBe(`/media/photos/${hash}-thumb.webp`);
    expect(photoThumbnailUrl("https://example.com/me.jpg")).toBe("https://example.com/me.jpg");
    expect(photoThumbnailUrl(null)).toBeNull();
    expect(isStoredPhotoUrl(`/media/photos/${hash}-thumb.webp`)).toBe(false);
    expect(isStoredPhotoUrl(`/media/photos/../${hash}.webp`)).toBe(false);
  });
});
