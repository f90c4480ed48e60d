import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { publishRelease } from "@/db/mutations/publish-release";
import { previewRelease } from "@/db/queries/releases";
import { releases, speakers } from "@/db/schema";
import { scratchWorkspace } from "../support/scratch-database";

describe("a release publishes the profiles organizers changed, and says so", () => {
  const t = scratchWorkspace();

  it("lists 李霞's edited biography in the preview and in the published changelog, and nothing the next time", () => {
    const ctx = { db: t.db, viewer: t.ws.viewers.organizer };
    expect(publishRelease(ctx, t.ws.conferenceId, { version: "profiles-1" }).ok).toBe(true);
    const li = t.db.select().from(speakers).where(eq(speakers.slug, "li-xia")).get()!;
    t.db.update(speakers).set({ bio: "新的简介。" }).where(eq(speakers.id, li.id)).run();

    const preview = previewRelease(t.db, t.ws.viewers.organizer, t.ws.conferenceId)!;
    expect(preview.changelog.profiles).toEqual([{ guid: li.guid, fields: ["bio"] }]);
    expect(publishRelease(ctx, t.ws.conferenceId, { version: "profiles-2" }).ok).toBe(true);
    const latest = t.db.select().from(releases).orderBy(desc(releases.id)).limit(1).get()!;
    expect(latest.changelog.profiles).toEqual([{ guid: li.guid, fields: ["bio"] }]);
    expect(previewRelease(t.db, t.ws.viewers.organizer, t.ws.conferenceId)!.changelog.profiles).toBeUndefined();
  });
});
