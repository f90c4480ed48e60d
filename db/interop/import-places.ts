import { eq } from "drizzle-orm";
import type { Conn } from "../connection";
import { forums, rooms, tracks } from "../schema";
import { type plannedGroups, uniqueSlug } from "@/lib/interop/import-plan";
import type { ScheduleDocument } from "@/lib/interop/schedule-document";
import { countFound, type ImportSummary } from "@/lib/interop/import-summary";

// Where an import puts sessions: rooms and tracks by name, forums by slug, each
// created once and found again on the next import of the same file.

// Tracks a file gives no colour get one of these in turn, so the agenda can tell them apart.
const palette = [
  "#4f46e5",
  "#0891b2",
  "#059669",
  "#d97706",
  "#dc2626",
  "#7c3aed",
  "#db2777",
  "#2563eb",
  "#65a30d",
  "#ea580c",
  "#0d9488",
  "#9333ea",
];

/** Where an import writes, and the summary it counts in. */
export interface ImportTarget {
  t: Conn;
  conferenceId: number;
  document: ScheduleDocument;
  summary: ImportSummary;
}

/** The slugs the conference's rooms (or tracks) take, and the last position among them: new ones come after. */
const soFar = (existing: Array<{ slug: string; position: number }>) => ({
  taken: new Set(existing.map((r) => r.slug)),
  last: existing.reduce((max, r) => Math.max(max, r.position), -1),
});

export function upsertRooms({ t, conferenceId, document, summary }: ImportTarget): Map<string, number> {
  const existing = t.select().from(rooms).where(eq(rooms.conferenceId, conferenceId)).all();
  const byName = new Map(existing.map((r) => [r.name, r.id]));
  const { taken, last } = soFar(existing);
  let position = last;
  // An event the file gives no room is a session without one (it shows under its forum).
  const names = [...document.rooms.map((r) => r.name), ...document.events.map((e) => e.room)].filter(Boolean);
  for (const name of names) {
    if (byName.has(name)) continue;
    const id = t
      .insert(rooms)
      .values({ conferenceId, name, slug: uniqueSlug(name, "room", taken), position: ++position })
      .returning({ id: rooms.id })
      .get().id;
    byName.set(name, id);
    summary.created.rooms += 1;
  }
  summary.unchanged.rooms = new Set(names).size - summary.created.rooms;
  return byName;
}

export function upsertTracks({ t, conferenceId, document, summary }: ImportTarget): Map<string, number> {
  const existing = t.select().from(tracks).where(eq(tracks.conferenceId, conferenceId)).all();
  const byName = new Map(existing.map((r) => [r.name, r]));
  const { taken, last } = soFar(existing);
  let position = last;
  const wanted = new Map<string, string | null>();
  for (const track of document.tracks) wanted.set(track.name, track.color);
  for (const e of document.events) if (e.track && !wanted.has(e.track)) wanted.set(e.track, null);
  const ids = new Map<string, number>();
  for (const [name, color] of wanted) {
    const found = byName.get(name);
    if (found) {
      ids.set(name, found.id);
      const recolour = color && color !== found.color ? color : null;
      if (recolour) t.update(tracks).set({ color: recolour }).where(eq(tracks.id, found.id)).run();
      countFound(summary, "tracks", recolour !== null);
      continue;
    }
    const id = t
      .insert(tracks)
      .values({
        conferenceId,
        name,
        slug: uniqueSlug(name, "track", taken),
        position: ++position,
        color: color ?? palette[position % palette.length]!,
      })
      .returning({ id: tracks.id })
      .get().id;
    ids.set(name, id);
    summary.created.tracks += 1;
  }
  return ids;
}

export function upsertForums(
  { t, conferenceId, summary }: ImportTarget,
  groups: ReturnType<typeof plannedGroups>["groups"],
): Map<string, number> {
  const existing = new Map(
    t
      .select()
      .from(forums)
      .where(eq(forums.conferenceId, conferenceId))
      .all()
      .map((f) => [f.slug, f]),
  );
  const ids = new Map<string, number>();
  groups.forEach((g, position) => {
    const found = existing.get(g.slug);
    const translations = g.nameEn ? { en: { name: g.nameEn } } : {};
    if (found) {
      ids.set(g.slug, found.id);
      const changed =
        found.name !== g.name || found.date !== g.date || Boolean(g.nameEn && found.translations.en?.name !== g.nameEn);
      if (changed)
        t.update(forums)
          .set({ name: g.name, date: g.date, translations: { ...found.translations, ...translations } })
          .where(eq(forums.id, found.id))
          .run();
      countFound(summary, "forums", changed);
      return;
    }
    const id = t
      .insert(forums)
      .values({ conferenceId, slug: g.slug, name: g.name, date: g.date, position, translations })
      .returning({ id: forums.id })
      .get().id;
    ids.set(g.slug, id);
    summary.created.forums += 1;
  });
  return ids;
}
