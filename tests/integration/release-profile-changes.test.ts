import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishRelease } from "@/db/mutations/publish-release";
import { previewRelease } from "@/db/queries/releases";
import { releases, speakers } from "@/db/schema";
import { createTestDatabase } from "../support/test-database";
import { createWorkspace, type Workspace } from "../support/workspace-fixture";

describe("a release publishes the profiles organizers changed, and says so", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let ws: Workspace;
  beforeAll(async () => {
    t = await createTestDatabase();
    ws = await createWorkspace(t.db);
  });
  afterAll(() => t.dispose());

  it("lists 李霞's edited biography in the preview and in the published changelog, and nothing the next time", () => {
    const ctx = { db: t.db, viewer: ws.viewers.organizer };
    expect(publishRelease(ctx, ws.conferenceId, { version: "profiles-1" }).ok).toBe(true);
    const li = t.db.select().from(speakers).where(eq(speakers.slug, "li-xia")).get()!;
    t.db.update(speakers).set({ bio: "新的简介。" }).where(eq(speakers.id, li.id)).run();

    const preview = previewRelease(t.db, ws.viewers.organizer, ws.conferenceId)!;
    expect(preview.changelog.profiles).toEqual([{ guid: li.guid, fields: ["bio"] }]);
    expect(publishRelease(ctx, ws.conferenceId, { version: "profiles-2" }).ok).toBe(true);
    const latest = t.db.select().from(releases).orderBy(desc(releases.id)).limit(1).get()!;
    expect(latest.changelog.profiles).toEqual([{ guid: li.guid, fields: ["bio"] }]);
    expect(previewRelease(t.db, ws.viewers.organizer, ws.conferenceId)!.changelog.profiles).toBeUndefined();
  });
});
