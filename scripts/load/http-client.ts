import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// React's own encoder, the one the browser runtime uses for server action arguments:
// its wire format changes between React versions.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

// A client for the real server, as a browser drives it: Auth.js's credentials
// sign-in, then server actions posted the way React posts them.

/** Signs in through Auth.js's own endpoints; returns the Cookie header for later requests. */
export async function signIn(baseURL: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const remember = (res: Response) => {
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!.trim(), value.join("="));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  remember(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", cookie: cookie(), origin: baseURL },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseURL}/admin` }),
  });
  remember(res);
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`sign-in of ${email} failed (${res.status})`);
  return cookie();
}

/** The id Next.js gave a server action in this build, from its manifest. */
export function actionId(root: string, file: string, exportedName: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, a]) => a.filename === file && a.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${exportedName} in ${file}; is the build current?`);
  return found[0];
}

export interface ActionAnswer<T> {
  status: number;
  value: T | null;
}

/** Calls a server action with plain arguments, as the client runtime does, and reads its return value. */
export async function callAction<T>(
  baseURL: string,
  page: string,
  id: string,
  args: unknown[],
  cookie: string,
): Promise<ActionAnswer<T>> {
  return post<T>(baseURL, page, id, await encodeReply(args), cookie);
}

async function post<T>(
  baseURL: string,
  page: string,
  id: string,
  body: FormData | string,
  cookie: string,
): Promise<ActionAnswer<T>> {
  const headers: Record<string, string> = { "Next-Action": id, Accept: "text/x-component", cookie, origin: baseURL };
  if (typeof body === "string") headers["Content-Type"] = "text/plain;charset=UTF-8";
  const res = await fetch(`${baseURL}${page}`, { method: "POST", headers, body });
  const text = await res.text();
  // The answer is RSC lines `N:json`; line 0 is the envelope, the action's value comes after.
  for (const line of text.split("\n")) {
    const match = /^([0-9a-f]+):(\{.*\})$/.exec(line);
    if (match && match[1] !== "0") return { status: res.status, value: JSON.parse(match[2]!) as T };
  }
  return { status: res.status, value: null };
}

/** Calls a form action (`(previousState, formData)`), encoding the form as React's client runtime does. */
export async function callFormAction<T>(
  baseURL: string,
  page: string,
  id: string,
  previous: unknown,
  fields: Record<string, string>,
  cookie: string,
): Promise<ActionAnswer<T>> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return post<T>(baseURL, page, id, await encodeReply([previous, form]), cookie);
}
