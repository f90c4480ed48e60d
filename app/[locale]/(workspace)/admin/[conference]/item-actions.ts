import "server-only";
import { redirect } from "next/navigation";
import { conferenceAction, idFrom, type ConferenceActionInput } from "@/app/form-action";
import type { Result } from "@/db/mutations/pipeline";

type Ctx = ConferenceActionInput["ctx"];

/**
 * The save and delete actions of one kind of a conference's list (forums, rooms, tracks, speakers):
 * the form posts the item's id as `$<item>` (none for a new one), and either goes back to the list,
 * which says what was done.
 */
export function itemActions<Saved, Deleted>(
  item: "forum" | "room" | "track" | "speaker",
  save: (ctx: Ctx, conferenceId: number, id: number | null, values: Record<string, string>) => Result<Saved>,
  remove: (ctx: Ctx, conferenceId: number, id: number) => Result<Deleted>,
) {
  const list = (conference: { slug: string }, saved: string) =>
    redirect(`/admin/${conference.slug}/${item}s?saved=${saved}`);
  return {
    save: conferenceAction(
      ({ ctx, conference, formData, values }) => save(ctx, conference.id, idFrom(formData, `$${item}`), values),
      (_saved, { conference }) => list(conference, item),
    ),
    remove: conferenceAction(
      ({ ctx, conference, formData }) => remove(ctx, conference.id, idFrom(formData, `$${item}`) ?? 0),
      (_none, { conference }) => list(conference, "deleted"),
    ),
  };
}
