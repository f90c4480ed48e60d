import "../support/app-harness";
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { importSchedule } from "@/db/interop/import-schedule";
import { forums, rooms, sessionPeople, sessions, speakers } from "@/db/schema";
import { parseSchedule } from "@/lib/interop/parse-schedule";
import { DEMO, importTestbed } from "../support/schedule-import-testbed";

const { t, db } = importTestbed();

// The CSV template (docs/examples/sessions.csv) imported into the demo conference: where its sessions land, and only once.

describe("the CSV template into the demo conference", () => {
  it("creates its sessions in the forums the file names, at the right UTC instants, and only once", () => {
    const text = fs.readFileSync(path.resolve(import.meta.dirname, "../../docs/examples/sessions.csv"), "utf8");
    const parsed = parseSchedule("sessions.csv", text, {
      acronym: DEMO,
      title: "第五届中国网络视听大会",
      timeZone: "Asia/Shanghai",
    });
    const existing = new Set(
      db()
        .select({ id: sessions.id })
        .from(sessions)
        .all()
        .map((s) => s.id),
    );
    const summary = importSchedule(db(), t.ws.viewers.organizer, parsed, {});
    expect(summary.conference).toEqual({ slug: DEMO, created: false });
    expect(summary.created).toMatchObject({ rooms: 0, tracks: 0, forums: 0, sessions: 5 });
    // People named without an id are the speakers of that name already at the conference.
    expect(summary.created.speakers).toBe(0);

    const created = db()
      .select({
        id: sessions.id,
        guid: sessions.guid,
        title: sessions.title,
        forum: forums.slug,
        conferenceId: forums.conferenceId,
        room: rooms.name,
        startsAt: sessions.startsAt,
        endsAt: sessions.endsAt,
        status: sessions.status,
      })
      .from(sessions)
      .innerJoin(forums, eq(forums.id, sessions.forumId))
      .innerJoin(rooms, eq(rooms.id, sessions.roomId))
      .orderBy(sessions.id)
      .all()
      .filter((s) => !existing.has(s.id));
    const row = (s: (typeof created)[number]) => [
      s.title,
      s.forum,
      s.room,
      s.startsAt!.toISOString(),
      s.endsAt!.toISOString(),
      s.status,
    ];
    expect(created.map(row)).toEqual([
      ["开幕式", "opening-ceremony", "主会场", "2017-11-29T01:00:00.000Z", "2017-11-29T02:00:00.000Z", "confirmed"],
      [
        "推原创之波，助精品之澜",
        "web-drama-summit",
        "分论坛一厅",
        "2017-12-01T01:00:00.000Z",
        "2017-12-01T01:30:00.000Z",
        "confirmed",
      ],
      [
        "新时代网剧的当下与未来",
        "web-drama-summit",
        "分论坛一厅",
        "2017-12-01T01:30:00.000Z",
        "2017-12-01T01:50:00.000Z",
        "confirmed",
      ],
      [
        "IP的跨平台运营",
        "web-drama-summit",
        "分论坛一厅",
        "2017-12-01T02:50:00.000Z",
        "2017-12-01T03:30:00.000Z",
        "confirmed",
      ],
      [
        "网络剧推介会",
        "web-drama-summit",
        "分论坛一厅",
        "2017-12-01T04:10:00.000Z",
        "2017-12-01T04:30:00.000Z",
        "cancelled",
      ],
    ]);
    expect(created.every((s) => s.conferenceId === t.ws.conferenceId)).toBe(true);
    expect(created[1]!.guid).toBe("5b2f0c1e-7a3d-4e8b-9f61-2c4d8e0a1b37");
    const panel = db()
      .select({ name: speakers.name, role: sessionPeople.role })
      .from(sessionPeople)
      .innerJoin(speakers, eq(speakers.id, sessionPeople.speakerId))
      .where(eq(sessionPeople.sessionId, created[3]!.id))
      .orderBy(sessionPeople.position)
      .all();
    expect(panel).toEqual([
      { name: "李霞", role: "moderator" },
      { name: "王沁", role: "panelist" },
      { name: "冯伟", role: "panelist" },
      { name: "黄硕", role: "panelist" },
      { name: "高文韬", role: "panelist" },
    ]);

    const again = importSchedule(db(), t.ws.viewers.organizer, parsed, {});
    expect(again.created).toEqual({ rooms: 0, tracks: 0, forums: 0, speakers: 0, sessions: 0 });
    expect(again.updated).toEqual({ rooms: 0, tracks: 0, forums: 0, speakers: 0, sessions: 0 });
    expect(again.unchanged.sessions).toBe(5);
  });
});
