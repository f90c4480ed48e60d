/** Where a server action redirected to, or its returned state when it did not redirect (Next.js redirects by throwing). */
export async function runAction<State extends { status: string }>(
  action: (s: State, f: FormData) => Promise<State>,
  fields: Record<string, string>,
): Promise<{ redirect: string } | { state: State }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  try {
    return { state: await action({ status: "idle" } as State, form) };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;"))
      return { redirect: digest.split(";").slice(2, -2).join(";") };
    throw error;
  }
}
