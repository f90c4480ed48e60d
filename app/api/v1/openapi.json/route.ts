import { cachedResponse, preflight } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";

export function GET(request: Request) {
  return cachedResponse(request, JSON.stringify(openApiDocument()), "application/json; charset=utf-8");
}

export const OPTIONS = preflight;
