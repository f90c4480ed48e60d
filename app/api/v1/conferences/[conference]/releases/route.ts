import { toApiReleases } from "@/lib/api/conferences";
import { preflight } from "@/lib/api/http";
import { pageParams } from "@/lib/api/query";
import { releasePageSchema } from "@/lib/api/schemas";
import { publishedHistory, publishedListRoute } from "@/app/api/v1/published";

export const GET = publishedListRoute(publishedHistory, pageParams, releasePageSchema, ({ history }) =>
  toApiReleases(history),
);

export const OPTIONS = preflight;
