import { describe, expect, it } from "vitest";
import { migratedFrom } from "../support/old-migrations";

// A database as Podium left it before speakers belonged to a conference: one profile
// shared by two conferences, one only in the second, one created there and in no session.

describe("migrating speakers into their conferences", () => {
  const old = migratedFrom("conference_speakers", (db) => {
    db.$client.exec(`
      insert into users (id, email, name) values (1, 'wang@example.org', 'Wang'), (2, 'editor@example.org', 'Editor'), (3, 'invited@example.org', 'Invited');
      insert into audit_log (user_id, action, entity_type, entity_id, details) values (3, 'invitation.accept', 'invitation', '9', '{"newAccount":true}');
      insert into conferences (id, slug, name, time_zone, start_date, end_date) values (1, 'conf-a', 'A', 'Asia/Shanghai', '2020-01-01', '2020-01-02'), (2, 'conf-b', 'B', 'Europe/Berlin', '2021-01-01', '2021-01-02');
      insert into forums (id, conference_id, slug, name, date) values (1, 1, 'fa', 'Forum A', '2020-01-01'), (2, 2, 'fb', 'Forum B', '2021-01-01');
      insert into speakers (id, guid, slug, name, bio, photo, user_id) values
        (10, 'g-shared', 'wang', 'Wang', 'Bio', '/media/photos/abc.webp', 1),
        (11, 'g-b-only', 'li', 'Li', '', null, null),
        (12, 'g-new', 'zhao', 'Zhao', '', null, null);
      insert into sessions (id, guid, forum_id, title) values (100, 's-a', 1, 'Talk A'), (101, 's-b', 2, 'Talk B');
      insert into session_people (session_id, speaker_id, role) values (100, 10, 'keynote'), (101, 10, 'speaker'), (101, 11, 'moderator');
      insert into speaker_unavailability (speaker_id, conference_id, starts_at, ends_at) values (10, 2, 1609488000000, 1609491600000);
      insert into invitations (speaker_id, email, token_hash, expires_at) values (10, 'wang@example.org', 'hash', 1609491600000);
      insert into audit_log (user_id, conference_id, action, entity_type, entity_id) values (2, 2, 'speaker.create', 'speaker', '12');
    `);
  });

  it("gives a shared profile one row per conference, with the same words, photo and account", () => {
    const wang = old.rows(
      "select id, conference_id, guid, slug, bio, photo, user_id from speakers where guid = 'g-shared' order by conference_id",
    );
    expect(wang).toHaveLength(2);
    expect(wang[0]).toMatchObject({
      id: 10,
      conference_id: 1,
      slug: "wang",
      bio: "Bio",
      photo: "/media/photos/abc.webp",
      user_id: 1,
    });
    expect(wang[1]).toMatchObject({
      conference_id: 2,
      slug: "wang",
      bio: "Bio",
      photo: "/media/photos/abc.webp",
      user_id: 1,
    });
    expect(wang[1]!.id).not.toBe(10);
  });

  it("moves each conference's sessions and unavailability to its own row, and keeps invitations", () => {
    const copy = old.rows("select id from speakers where guid = 'g-shared' and conference_id = 2")[0]!.id;
    expect(old.rows("select session_id, speaker_id, role from session_people order by session_id, role")).toEqual([
      { session_id: 100, speaker_id: 10, role: "keynote" },
      { session_id: 101, speaker_id: 11, role: "moderator" },
      { session_id: 101, speaker_id: copy, role: "speaker" },
    ]);
    expect(old.rows("select speaker_id from speaker_unavailability")).toEqual([{ speaker_id: copy }]);
    expect(old.rows("select speaker_id, email from invitations")).toEqual([
      { speaker_id: 10, email: "wang@example.org" },
    ]);
  });

  it("places a profile in no session where it was created, remembering by whom", () => {
    expect(old.rows("select conference_id, created_by_user_id from speakers where guid = 'g-new'")).toEqual([
      { conference_id: 2, created_by_user_id: 2 },
    ]);
    expect(old.rows("select conference_id from speakers where guid = 'g-b-only'")).toEqual([{ conference_id: 2 }]);
  });

  it("loses no row and leaves the foreign keys whole", () => {
    expect(old.rows("select count(*) as n from speakers")[0]!.n).toBe(4);
    expect(old.db.$client.pragma("foreign_key_check")).toEqual([]);
    expect(old.db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
  });

  it("counts accounts from the command line as confirmed, and an account made from an invitation link as not", () => {
    expect(old.rows("select id, email_verified_at is not null as confirmed from users order by id")).toEqual([
      { id: 1, confirmed: 1 },
      { id: 2, confirmed: 1 },
      { id: 3, confirmed: 0 },
    ]);
  });

  it("lets two conferences keep one guid and slug, but not twice in one", () => {
    expect(() =>
      old.db.$client
        .prepare("insert into speakers (conference_id, guid, slug, name) values (2, 'g-b-only', 'li-2', 'Li')")
        .run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      old.db.$client
        .prepare("insert into speakers (conference_id, guid, slug, name) values (1, 'g-b-only', 'li', 'Li')")
        .run(),
    ).not.toThrow();
  });
});
