import type { Db } from "@/db/connection";
import { forums, rooms, speakers, tracks } from "@/db/schema";
import type { Viewer } from "@/lib/auth/permissions";
import type { Role, Tenancy } from "./tenancy-fixture";
import {
  fresh,
  inBAndUnderA,
  post,
  postedUnder,
  viaData,
  type ActionState,
  type Refusals,
  type TenancyCase,
} from "./tenancy-table";

type Fields = Record<string, string>;
type Attempt = TenancyCase["attempt"];

/**
 * One kind of object its workspace form saves (a room, a speaker): the data function, the form's
 * action with the hidden field that names the object, and the form read back from the row.
 */
export interface FormKind {
  save: (ctx: { db: Db; viewer: Viewer | null }, conferenceId: number, id: number, fields: Fields) => unknown;
  action: (state: { status: "idle" }, data: FormData) => Promise<ActionState>;
  field: `$${string}`;
  form: (db: Db, id: number, changes: Fields) => Fields;
}

/**
 * Attempts that save an object's form with `changes`, posted under conference A or B, through the
 * data function or the action. `changes` is called per attempt, so each can be a fresh value.
 */
export const formSaves = (kind: FormKind) => ({
  data:
    (under: "A" | "B", id: (fx: Tenancy) => number, changes: () => Fields = () => ({}), refusals?: Refusals): Attempt =>
    (fx, viewer) =>
      viaData(
        () => kind.save({ db: fx.db, viewer }, postedUnder(fx, under).id, id(fx), kind.form(fx.db, id(fx), changes())),
        refusals,
      ),
  action:
    (under: "A" | "B", id: (fx: Tenancy) => number, changes: () => Fields = () => ({}), refusals?: Refusals): Attempt =>
    (fx) =>
      post(
        kind.action,
        {
          $conference: postedUnder(fx, under).slug,
          [kind.field]: String(id(fx)),
          ...kind.form(fx.db, id(fx), changes()),
        },
        refusals,
      ),
});

/** How one kind of object is deleted: the data function, the action with the hidden field that names the object, and a spare one of B's to delete. */
export interface DeleteKind {
  remove: (ctx: { db: Db; viewer: Viewer | null }, conferenceId: number, id: number) => unknown;
  action: (state: { status: "idle" }, data: FormData) => Promise<ActionState>;
  field: `$${string}`;
  spare: (fx: Tenancy) => number;
}

/**
 * A spare object of B, deleted through the data function (named `names[0]`) and the action
 * (`names[1]`): each in B, allowed for `allowed`, and forged under A, for nobody.
 */
export const deletesOfSpare = (
  [dataName, actionName]: [string, string],
  allowed: readonly Role[],
  kind: DeleteKind,
): TenancyCase[] => [
  ...inBAndUnderA(
    dataName,
    "data",
    allowed,
    (fx, viewer, at, id) => viaData(() => kind.remove({ db: fx.db, viewer }, at.id, id!)),
    kind.spare,
  ),
  ...inBAndUnderA(
    actionName,
    "action",
    allowed,
    (_fx, _viewer, at, id) => post(kind.action, { $conference: at.slug, [kind.field]: String(id) }),
    kind.spare,
  ),
];

type ListedInConference = typeof forums | typeof rooms | typeof speakers | typeof tracks;

/** A row of B's that nothing uses, for a delete to take: its name (and a forum's date), a fresh slug from `prefix`. */
export const spareOfB =
  <T extends ListedInConference>(table: T, prefix: string, values: { name: string; date?: string }) =>
  (fx: Tenancy): number =>
    fx.db
      .insert(table)
      .values({ conferenceId: fx.b.id, slug: fresh(prefix), ...values } as T["$inferInsert"])
      .returning({ id: table.id })
      .get().id;
