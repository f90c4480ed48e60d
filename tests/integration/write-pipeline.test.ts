import { eq } from "drizzle-orm";
import { z } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { refuse, write, type WriteContext } from "@/db/mutations/pipeline";
import { auditLog, conferences, rooms } from "@/db/schema";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { scratchDatabase } from "../support/scratch-database";

const viewer: Viewer = {
  userId: 7,
  email: "o@example.org",
  name: "O",
  isPlatformAdmin: true,
  organizerOf: new Set(),
  memberOf: new Set(),
  speakerIds: new Set(),
};

describe("the write pipeline", () => {
  const t = scratchDatabase();
  let conferenceId: number;
  let ctx: WriteContext;
  beforeAll(() => {
    conferenceId = t.db
      .insert(conferences)
      .values({ slug: "c", name: "C", timeZone: "UTC", startDate: "2030-01-01", endDate: "2030-01-01" })
      .returning()
      .get().id;
    t.db.$client.prepare("insert into users (id, email) values (7, 'o@example.org')").run();
    ctx = { db: t.db, viewer, now: new Date("2030-01-01T08:00:00Z") };
  });

  const rowsOf = () => t.db.select().from(rooms).all().length;
  const entries = () => t.db.select().from(auditLog).all();
  const addRoom = (slug: string, then: "keep" | "refuse") =>
    write(ctx, {
      authorize: () => ({ conferenceId }),
      schema: z.object({ slug: z.string().min(1) }),
      input: { slug },
      run: (tx, parsed, scope) => {
        const room = tx
          .insert(rooms)
          .values({ conferenceId: scope.conferenceId, slug: parsed.slug, name: parsed.slug })
          .returning()
          .get();
        if (then === "refuse") return refuse.field("slug", "slugTaken", { kind: "room" });
        return { value: room, audit: { conferenceId, action: "room.create", entityType: "room", entityId: room.id } };
      },
    });

  it("writes, then audits in the same transaction, as the viewer and at the context's moment", () => {
    const result = addRoom("main", "keep");
    expect(result).toMatchObject({ ok: true, value: { slug: "main" } });
    expect(entries()).toEqual([
      expect.objectContaining({ userId: 7, action: "room.create", conferenceId, at: new Date("2030-01-01T08:00:00Z") }),
    ]);
  });

  it("rolls back everything the write did when it refuses, and says why", () => {
    const [rooms, audited] = [rowsOf(), entries().length];
    expect(addRoom("annex", "refuse")).toEqual({
      ok: false,
      problem: { code: "checkFields" },
      fields: { slug: { code: "slugTaken", values: { kind: "room" } } },
    });
    expect(rowsOf()).toBe(rooms);
    expect(entries()).toHaveLength(audited);
  });

  it("parses before it opens a transaction, and answers not found for a missing object", () => {
    const run = () => {
      throw new Error("must not run");
    };
    expect(
      write(ctx, { authorize: () => ({}), schema: z.object({ slug: z.string().min(1) }), input: { slug: "" }, run }),
    ).toEqual({
      ok: false,
      problem: { code: "checkFields" },
      fields: { slug: { code: "required" } },
    });
    expect(write(ctx, { authorize: () => null, schema: z.unknown(), input: null, run })).toEqual({
      ok: false,
      problem: { code: "notFound" },
    });
  });

  it("lets a refused right through as ForbiddenError, before anything is read or written", () => {
    const before = rowsOf();
    const denied = () =>
      write(
        { ...ctx, viewer: null },
        {
          authorize: () => {
            throw new ForbiddenError();
          },
          schema: z.unknown(),
          input: null,
          run: () => ({ value: null, audit: [] }),
        },
      );
    expect(denied).toThrow(ForbiddenError);
    expect(rowsOf()).toBe(before);
    expect(t.db.select().from(rooms).where(eq(rooms.slug, "annex")).all()).toEqual([]);
  });
});
