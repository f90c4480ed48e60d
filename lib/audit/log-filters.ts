import { auditActions, type AuditAction } from "./actions";

/** The audit log's filters as its GET form posts them: a person, a session, a kind of action. */
export interface LogFilters {
  person?: number;
  session?: number;
  action?: AuditAction;
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const id = (value: string | string[] | undefined) => {
  const text = one(value);
  return text && /^\d{1,9}$/.test(text) ? Number(text) : undefined;
};

/** Reads the filters from the query string; anything malformed is ignored, as everywhere else. */
export function parseLogFilters(params: Record<string, string | string[] | undefined>): LogFilters {
  const action = one(params.action);
  return {
    person: id(params.person),
    session: id(params.session),
    action: auditActions.find((a) => a === action),
  };
}

/** The query string of the log with these filters and page (page 1 goes without a number). */
export function logSearch(filters: LogFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.person !== undefined) params.set("person", String(filters.person));
  if (filters.session !== undefined) params.set("session", String(filters.session));
  if (filters.action) params.set("action", filters.action);
  if (page > 1) params.set("page", String(page));
  return params.size ? `?${params.toString()}` : "";
}
