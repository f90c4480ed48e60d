import { asc } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { releases } from "@/db/schema";
import { forumDetail } from "@/lib/programme/forum-detail";
import { migratedFrom } from "../support/old-migrations";
import { makeSession, makeSnapshot, makeSpeaker } from "../support/snapshot-factory";

// A database as Podium left it while an organization's role on a forum was a "host": rows in
// forum_hosts (主办 stored as "host"), and published snapshots whose forums carry `hosts`.
const organizations = [1, 2, 3].map((id) => ({ ...makeSnapshot().organizations[0]!, id, slug: `org-${id}` }));
// A forum as the old snapshots wrote it, before its `hosts` are added.
const forumFields = Object.fromEntries(
  Object.entries(makeSnapshot().forums[0]!).filter(([key]) => key !== "organizations"),
);
const session = makeSession({ forumId: 1, people: [{ speakerId: 1, role: "host" }] });
const oldSnapshot = (version: string) => ({
  ...makeSnapshot({ organizations, sessions: [session], speakers: [makeSpeaker(1, "主持人甲", "MC One")] }),
  forums: [
    {
      ...forumFields,
      id: 1,
      name: `网络剧高峰论坛 ${version}`,
      hosts: [
        { organizationId: 3, role: "sponsor" },
        { organizationId: 1, role: "host" },
        { organizationId: 2, role: "organizer" },
      ],
    },
    { ...forumFields, id: 2, slug: "gala", hosts: [] },
    { ...forumFields, id: 3, slug: "closing", hosts: [{ organizationId: 2, role: "host" }] },
  ],
});

describe("migrating forum hosts to forum organizations", () => {
  const old = migratedFrom("forum_organizations", (db) => {
    db.$client.exec(`
      insert into conferences (id, slug, name, time_zone, start_date, end_date) values (1, 'test-conf', 'Test', 'Asia/Shanghai', '2017-11-29', '2017-12-01');
      insert into organizations (id, slug, name) values (1, 'org-1', 'One'), (2, 'org-2', 'Two'), (3, 'org-3', 'Three');
      insert into forums (id, conference_id, slug, name, date) values (1, 1, 'web-drama-summit', 'Summit', '2017-12-01'), (2, 1, 'gala', 'Gala', '2017-12-01');
      insert into forum_hosts (forum_id, organization_id, role, position) values (1, 3, 'sponsor', 0), (1, 1, 'host', 1), (1, 2, 'organizer', 2), (2, 1, 'host', 0);
      insert into speakers (id, conference_id, guid, slug, name) values (1, 1, 'guid-1', 'mc', 'MC');
      insert into sessions (id, guid, forum_id, title) values (100, 's-1', 1, 'Opening');
      insert into session_people (session_id, speaker_id, role) values (100, 1, 'host');
    `);
    const release = db.$client.prepare(
      'insert into releases (id, conference_id, version, published_at, snapshot, changelog) values (?, 1, ?, ?, ?, \'{"added":[],"removed":[],"changed":[]}\')',
    );
    release.run(1, "v1", 1511900000000, JSON.stringify(oldSnapshot("v1")));
    release.run(2, "v2", 1512000000000, JSON.stringify(oldSnapshot("v2")));
  });

  it("renames the table and its index, keeping every row and its order", () => {
    expect(old.rows("select name from sqlite_master where name like 'forum_hosts%'")).toEqual([]);
    expect(
      old.rows("select name from sqlite_master where type = 'index' and tbl_name = 'forum_organizations'"),
    ).toEqual(expect.arrayContaining([{ name: "forum_organizations_organization" }]));
    expect(
      old.rows("select forum_id, organization_id, role, position from forum_organizations order by forum_id, position"),
    ).toEqual([
      { forum_id: 1, organization_id: 3, role: "sponsor", position: 0 },
      { forum_id: 1, organization_id: 1, role: "convener", position: 1 },
      { forum_id: 1, organization_id: 2, role: "organizer", position: 2 },
      { forum_id: 2, organization_id: 1, role: "convener", position: 0 },
    ]);
  });

  it("keeps the session role host (the MC)", () => {
    expect(old.rows("select role from session_people")).toEqual([{ role: "host" }]);
  });

  it("rewrites every release's forums to carry organizations, host becoming convener, in order", () => {
    const stored = old.db.select().from(releases).orderBy(asc(releases.id)).all();
    expect(stored).toHaveLength(2);
    for (const [i, release] of stored.entries()) {
      const before = oldSnapshot(`v${i + 1}`);
      expect(release.snapshot).toEqual({
        ...before,
        forums: before.forums.map(({ hosts, ...forum }) => ({
          ...forum,
          organizations: hosts.map((h) => ({ ...h, role: h.role === "host" ? "convener" : h.role })),
        })),
      });
      for (const forum of release.snapshot.forums) expect(Object.keys(forum).at(-1)).toBe("organizations");
    }
  });

  it("leaves snapshots the public pages read as they read a new one", () => {
    const latest = old.db.select().from(releases).orderBy(asc(releases.id)).all().at(-1)!;
    expect(forumDetail(latest.snapshot, "web-drama-summit", "zh-CN")?.organizations.map((o) => o.role)).toEqual([
      "sponsor",
      "convener",
      "organizer",
    ]);
    expect(forumDetail(latest.snapshot, "web-drama-summit", "zh-CN")?.sessions[0]?.people[0]?.role).toBe("host");
  });

  it("leaves the foreign keys whole and enforced", () => {
    expect(old.db.$client.pragma("foreign_key_check")).toEqual([]);
    expect(old.db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(() => old.db.$client.prepare("delete from organizations where id = 3").run()).toThrow(/FOREIGN KEY/);
    old.db.$client.prepare("delete from forums where id = 2").run();
    expect(old.rows("select count(*) as n from forum_organizations where forum_id = 2")[0]!.n).toBe(0);
  });
});
