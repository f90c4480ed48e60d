import { z } from "zod";

/** A release's name, as organizers type it (v2, 2017.3): the publish form checks it before asking, the write again. */
export const releaseVersionSchema = z.string().trim().min(1).max(40);
