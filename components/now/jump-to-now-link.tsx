"use client";

import { useSyncExternalStore } from "react";
import { Link } from "@/i18n/navigation";

function subscribeToMinutes(callback: () => void) {
  const timer = window.setInterval(callback, 30_000);
  return () => window.clearInterval(timer);
}

/**
 * A link to the now page, shown only while the conference runs. Decided in the browser:
 * the agenda is served as stored bytes, which must not carry yesterday's clock.
 */
export function JumpToNowLink({
  href,
  label,
  from,
  until,
}: {
  href: string;
  label: string;
  from: string;
  until: string;
}) {
  const running = useSyncExternalStore(
    subscribeToMinutes,
    () => Date.now() >= Date.parse(from) && Date.now() < Date.parse(until),
    () => false,
  );
  if (!running) return null;
  return (
    <Link
      href={href}
      className="mt-2 inline-flex items-center gap-2 rounded-full bg-red-50 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-100 print:hidden"
    >
      <span aria-hidden="true" className="h-2 w-2 animate-pulse rounded-full bg-red-600" />
      {label}
    </Link>
  );
}
