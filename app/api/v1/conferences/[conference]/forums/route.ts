import { toApiForums } from "@/lib/api/conferences";
import { preflight } from "@/lib/api/http";
import { pageParams } from "@/lib/api/query";
import { forumPageSchema } from "@/lib/api/schemas";
import { publishedListRoute, publishedProgramme } from "@/app/api/v1/published";

export const GET = publishedListRoute(publishedProgramme, pageParams, forumPageSchema, ({ snapshot }, asked) =>
  toApiForums(asked.conference, snapshot, asked.origin),
);

export const OPTIONS = preflight;
