import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/db/migrate";
import { createTestDatabase } from "../support/test-database";

const expectedTables = [
  "audit_log",
  "conference_memberships",
  "conferences",
  "email_verifications",
  "forum_organizations",
  "forums",
  "invitations",
  "organization_memberships",
  "organizations",
  "outbox_messages",
  "releases",
  "rooms",
  "search_documents",
  "session_people",
  "sessions",
  "sign_in_attempts",
  "sign_ins",
  "speaker_unavailability",
  "speakers",
  "tracks",
  "users",
  "webhook_deliveries",
  "webhook_endpoints",
];

describe("migrations on an empty file", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.dispose());

  it("create every table of the domain", () => {
    // table_list types FTS5's own storage tables as 'shadow', the search table itself as 'virtual'.
    const tables = t.db.$client
      .prepare(
        "select name from pragma_table_list where schema = 'main' and type in ('table', 'virtual') and name not like 'sqlite_%' and name not like '__drizzle%' order by name",
      )
      .all()
      .map((r) => (r as { name: string }).name);
    expect(tables).toEqual(expectedTables);
  });

  it("can run again without changing anything", async () => {
    const before = t.db.$client.prepare("select count(*) as n from __drizzle_migrations").get();
    await migrateDatabase(t.db);
    await migrateDatabase(t.db);
    expect(t.db.$client.prepare("select count(*) as n from __drizzle_migrations").get()).toEqual(before);
  });

  it("open the database with the pragmas Podium relies on", () => {
    const pragma = (name: string) => t.db.$client.pragma(name, { simple: true });
    expect(pragma("journal_mode")).toBe("wal");
    expect(pragma("foreign_keys")).toBe(1);
    expect(pragma("busy_timeout")).toBeGreaterThanOrEqual(5000);
    expect(pragma("synchronous")).toBe(1); // NORMAL
  });
});
