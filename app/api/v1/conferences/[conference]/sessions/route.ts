import { preflight } from "@/lib/api/http";
import { sessionListParams } from "@/lib/api/query";
import { sessionPageSchema } from "@/lib/api/schemas";
import { filterSessions, toApiSessions } from "@/lib/api/sessions";
import { publishedHistory, publishedListRoute } from "@/app/api/v1/published";

/** The sessions of the latest release in time order, filtered; changedAt needs every release, so this reads the history. */
export const GET = publishedListRoute(
  publishedHistory,
  sessionListParams,
  sessionPageSchema,
  ({ history }, { query }) => filterSessions(toApiSessions(history), query),
);

export const OPTIONS = preflight;
