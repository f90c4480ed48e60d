import { instantToLocalDate, instantToLocalTime } from "@/lib/time/zoned";

// The audit log in the organizer's words: one sentence for the entry and one per changed field,
// ids as the names of what they point at, instants in the conference's zone. The words come
// from the messages ("auditLog" and the forms' own labels) through `say`, so both languages
// read the same entry; this module only decides which words and values.

/** A translator over the whole message tree (next-intl's `t` without a namespace). */
export interface Say {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/** Names of the rows an entry may point at by id, in the viewer's language. */
export type AuditNames = Partial<
  Record<"forum" | "room" | "track" | "speaker" | "organization" | "session", Map<number, string>>
>;

export interface DescribedEntry {
  action: string;
  entityType: string;
  entityId: string;
  changes: Record<string, { before: unknown; after: unknown }>;
  details: Record<string, unknown>;
}

interface Context {
  say: Say;
  names: AuditNames;
  timeZone: string;
  /** How the viewer's language joins the items of a list (、 or , ). */
  separator: string;
}

const idFields: Record<string, keyof AuditNames> = {
  forumId: "forum",
  roomId: "room",
  trackId: "track",
  speakerId: "speaker",
  organizationId: "organization",
  parentId: "organization",
};
const instant = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z$/;
const LONGEST = 120;

const empty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === "" ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0);

const clip = (text: string) => (text.length > LONGEST ? `${text.slice(0, LONGEST - 1)}…` : text);

/** The word for a value of a closed list, where the messages have one. */
function word(ctx: Context, field: string, value: string, entityType: string): string | null {
  const keys: Record<string, string> = {
    kind: entityType === "forum" ? "forums.kinds" : "sessionsAdmin.kinds",
    status: entityType === "invitation" ? "invitations.statuses" : "sessionsAdmin.statuses",
    role: entityType === "forum" ? "forums.roles" : "sessionsAdmin.roles",
    defaultLocale: "auditLog.locale",
  };
  const key = keys[field] && `${keys[field]}.${value}`;
  return key && ctx.say.has(key) ? ctx.say(key) : null;
}

/** One value as the organizer reads it. */
export function showValue(ctx: Context, field: string, value: unknown, entityType = ""): string {
  if (empty(value)) return ctx.say("auditLog.value.none");
  if (typeof value === "boolean") return ctx.say(value ? "auditLog.value.yes" : "auditLog.value.no");
  if (typeof value === "number" && idFields[field]) {
    const name = ctx.names[idFields[field]]?.get(value);
    return name ?? ctx.say("auditLog.value.gone", { id: value });
  }
  if (typeof value === "string" && instant.test(value)) {
    const at = new Date(value);
    return `${instantToLocalDate(at, ctx.timeZone)} ${instantToLocalTime(at, ctx.timeZone)}`;
  }
  if (typeof value === "string") return clip(word(ctx, field, value, entityType) ?? value);
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return clip(value.map((item) => showItem(ctx, item)).join(ctx.separator));
  return clip(showObject(ctx, value as Record<string, unknown>));
}

/** An item of a list: a person in a role, a link, or plain text. */
function showItem(ctx: Context, item: unknown): string {
  if (typeof item !== "object" || item === null) return String(item);
  const row = item as Record<string, unknown>;
  if (typeof row.name === "string" && typeof row.role === "string") {
    const role = word(ctx, "role", row.role, "session") ?? row.role;
    return ctx.say("auditLog.value.personInRole", { name: row.name, role });
  }
  if (typeof row.url === "string") return row.url;
  return showObject(ctx, row);
}

/** Translations and other nested values as "label: value" pairs, never as JSON. */
function showObject(ctx: Context, value: Record<string, unknown>): string {
  return Object.entries(value)
    .filter(([, v]) => !empty(v))
    .map(([key, v]) => {
      const label = ctx.say.has(`auditLog.locale.${key}`) ? ctx.say(`auditLog.locale.${key}`) : fieldLabel(ctx, key);
      return typeof v === "object" && v !== null && !Array.isArray(v)
        ? `${label}: ${showObject(ctx, v as Record<string, unknown>)}`
        : `${label}: ${showValue(ctx, key, v)}`;
    })
    .join("; ");
}

/** A field's name in the organizer's language; an unknown one as it is. */
export function fieldLabel(ctx: Pick<Context, "say">, field: string): string {
  return ctx.say.has(`auditLog.field.${field}`) ? ctx.say(`auditLog.field.${field}`) : field;
}

/** "Who did what to which": the entry's sentence. */
export function entrySentence(
  say: Say,
  entry: Pick<DescribedEntry, "action" | "entityType" | "entityId" | "details">,
  who: string,
  names: AuditNames = {},
) {
  // A release is named by its version; a session that still exists by its title in the viewer's
  // language (names.session); everything else by the title it had.
  const current = entry.entityType === "session" ? names.session?.get(Number(entry.entityId)) : undefined;
  const title = entry.entityType === "release" ? entry.details.version : (current ?? entry.details.title);
  const what = typeof title === "string" && title !== "" ? title : `#${entry.entityId}`;
  const key = `auditLog.sentence.${entry.action}`;
  return say.has(key) ? say(key, { who, what }) : say("auditLog.sentence.other", { who, what, action: entry.action });
}

/** One sentence per changed field: set, cleared, or changed from one value to another. */
export function changeSentences(ctx: Context, entry: Pick<DescribedEntry, "entityType" | "changes">): string[] {
  return Object.entries(entry.changes).map(([field, { before, after }]) => {
    const values = {
      field: fieldLabel(ctx, field),
      before: showValue(ctx, field, before, entry.entityType),
      after: showValue(ctx, field, after, entry.entityType),
    };
    if (empty(before)) return ctx.say("auditLog.change.set", values);
    if (empty(after)) return ctx.say("auditLog.change.cleared", values);
    return ctx.say("auditLog.change.changed", values);
  });
}

/** What an entry holds beyond its title and changes (a release's version, an import's counts), in words. */
export function detailSentences(ctx: Context, entry: Pick<DescribedEntry, "entityType" | "details">): string[] {
  return (
    Object.entries(entry.details)
      // The title and a release's version are in the entry's sentence; a row's version number says nothing.
      .filter(([key, value]) => key !== "title" && key !== "version" && !empty(value))
      .map(([key, value]) =>
        ctx.say("auditLog.detail", {
          field: fieldLabel(ctx, key),
          value: showValue(ctx, key, value, entry.entityType),
        }),
      )
  );
}
