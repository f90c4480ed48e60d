"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { Suspense, useEffect, useState } from "react";
import { Link } from "@/i18n/navigation";
import type { SignedIn } from "@/lib/auth/signed-in";

/** Where the header's answer comes from (app/api/viewer/route.ts). */
export const VIEWER_URL = "/api/viewer";

type Known = { viewer: SignedIn | null };

const linkClass = "shrink-0 whitespace-nowrap text-sm text-slate-600 hover:text-brand-700 hover:underline";

/**
 * "Sign in", or once the browser has asked, the signed-in person's name and the way to
 * their work. The server always renders "Sign in", so a public page is the same bytes for
 * everyone and stays in the page server's store; the box keeps its size whatever it
 * shows, so nothing around it moves when the answer arrives.
 */
export function ViewerLink() {
  const t = useTranslations("layout");
  const tSignIn = useTranslations("signIn");
  const [known, setKnown] = useState<Known | null>(null);
  const viewer = known?.viewer;
  return (
    <div
      className="flex h-6 w-20 min-w-0 items-center justify-end gap-2 sm:w-64"
      data-viewer={known ? (viewer ? "signed-in" : "signed-out") : "unknown"}
    >
      {/* The page's address is request data to Next.js: behind its own boundary, which shows nothing. */}
      <Suspense fallback={null}>
        <AskOnEveryPage onAnswer={setKnown} />
      </Suspense>
      {viewer ? (
        <>
          <span className="hidden min-w-0 truncate text-sm text-slate-500 sm:inline" title={viewer.name}>
            {viewer.name}
          </span>
          <Link href={viewer.home === "profile" ? "/me" : "/admin"} className={linkClass}>
            {viewer.home === "profile" ? t("myProfile") : t("workspace")}
          </Link>
        </>
      ) : (
        <Link href="/signin" className={linkClass}>
          {tSignIn("headerLink")}
        </Link>
      )}
    </div>
  );
}

/** Asks on load and again after every navigation: signing in or out moves to another page without a full load. */
function AskOnEveryPage({ onAnswer }: { onAnswer: (known: Known) => void }) {
  const pathname = usePathname();
  useEffect(() => {
    const abort = new AbortController();
    fetch(VIEWER_URL, { cache: "no-store", signal: abort.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Known>) : null))
      .then((answer) => {
        if (answer) onAnswer({ viewer: answer.viewer ?? null });
      })
      // Offline or refused: "Sign in" stays, which is right for anyone who is not signed in.
      .catch(() => {});
    return () => abort.abort();
  }, [pathname, onAnswer]);
  return null;
}
