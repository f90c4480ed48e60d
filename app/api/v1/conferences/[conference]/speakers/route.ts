import { preflight } from "@/lib/api/http";
import { pageParams } from "@/lib/api/query";
import { speakerPageSchema } from "@/lib/api/schemas";
import { toApiSpeakers } from "@/lib/api/speakers";
import { publishedListRoute, publishedProgramme } from "@/app/api/v1/published";

export const GET = publishedListRoute(publishedProgramme, pageParams, speakerPageSchema, ({ snapshot }, { origin }) =>
  toApiSpeakers(snapshot, origin),
);

export const OPTIONS = preflight;
