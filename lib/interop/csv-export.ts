import { stringify } from "csv-stringify/sync";
import type { SessionRole, SessionStatus, SpeakerLink } from "@/lib/domain/vocabulary";
import { formatLinks, formatLocalDateTime, formatPeople, formatWindows, neutralizeFormula } from "./csv-cells";
import {
  exportHeader,
  LIST_SEPARATOR,
  sessionColumns,
  speakerColumns,
  type SessionExportColumn,
  type SpeakerExportColumn,
} from "./csv-template";

// The organizers' CSV exports (admin only: drafts and private fields). Pure:
// the caller queries the rows and sends the string as text/csv; charset=utf-8.

/** One session of the conference, drafts included. */
export interface SessionExportRow {
  guid: string;
  title: string;
  titleEn: string | null;
  abstract: string;
  abstractEn: string | null;
  /** Null for a draft not yet placed in time. */
  startsAt: Date | null;
  endsAt: Date | null;
  /** Null for a session without a room yet. */
  room: string | null;
  track: string | null;
  forumSlug: string;
  forumName: string;
  /** The imported type word when there is one (`typeLabel`), else Podium's kind. */
  type: string;
  language: string;
  status: SessionStatus;
  /** In programme order. */
  people: Array<{ name: string; guid: string; role: SessionRole }>;
}

/** One speaker taking part in the conference, with the fields only organizers see. */
export interface SpeakerExportRow {
  guid: string;
  slug: string;
  name: string;
  nameEn: string | null;
  position: string;
  positionEn: string | null;
  organization: string;
  organizationEn: string | null;
  bio: string;
  bioEn: string | null;
  links: SpeakerLink[];
  photo: string | null;
  /** The e-mail of the account linked to the profile, if any. */
  accountEmail: string | null;
  /** Sessions of this conference the speaker takes part in. */
  sessions: number;
  /** At this conference, in time order. */
  unavailability: Array<{ startsAt: Date; endsAt: Date; note: string }>;
}

export function sessionsCsv(rows: readonly SessionExportRow[], timeZone: string): string {
  const at = (instant: Date | null) => (instant ? formatLocalDateTime(instant, timeZone) : "");
  return toCsv<SessionExportColumn>(
    exportHeader(sessionColumns),
    rows.map((s) => ({
      guid: s.guid,
      title: s.title,
      title_en: s.titleEn ?? "",
      abstract: s.abstract,
      abstract_en: s.abstractEn ?? "",
      start: at(s.startsAt),
      end: at(s.endsAt),
      room: s.room ?? "",
      track: s.track ?? "",
      forum: s.forumSlug,
      forum_name: s.forumName,
      type: s.type,
      language: s.language,
      status: s.status,
      speakers: formatPeople(s.people),
      speaker_guids: s.people.map((p) => p.guid).join(LIST_SEPARATOR),
    })),
  );
}

export function speakersCsv(rows: readonly SpeakerExportRow[], timeZone: string): string {
  return toCsv<SpeakerExportColumn>(
    exportHeader(speakerColumns),
    rows.map((s) => ({
      guid: s.guid,
      slug: s.slug,
      name: s.name,
      name_en: s.nameEn ?? "",
      position: s.position,
      position_en: s.positionEn ?? "",
      organization: s.organization,
      organization_en: s.organizationEn ?? "",
      bio: s.bio,
      bio_en: s.bioEn ?? "",
      links: formatLinks(s.links),
      photo: s.photo ?? "",
      account_email: s.accountEmail ?? "",
      sessions: String(s.sessions),
      unavailability: formatWindows(s.unavailability, timeZone),
    })),
  );
}

/**
 * The file as Excel opens it: Excel reads a CSV without a byte-order mark in
 * the computer's ANSI code page (GBK on Chinese Windows) and garbles UTF-8
 * Chinese, so the file starts with a UTF-8 BOM; CRLF line ends; every cell
 * passed through neutralizeFormula against CSV injection.
 */
function toCsv<Column extends string>(header: string[], rows: Array<Record<Column, string>>): string {
  const records = rows.map((row) => header.map((column) => neutralizeFormula(row[column as Column])));
  // csv-stringify quotes a cell holding the record delimiter (CRLF) but not a bare LF, which abstracts have.
  return stringify([header, ...records], { bom: true, record_delimiter: "windows", quoted_match: /[\r\n]/ });
}
