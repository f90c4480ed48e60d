import type { ReactNode } from "react";

/** A titled part of a workspace page (a "new …" form under a list, a group of settings). */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8 rounded-lg border border-slate-200 p-4">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A titled part of a public page (a speaker's bio, a session's people, a kind of search hit). */
export function PageSection({
  id,
  title,
  className,
  titleClassName = "text-xl font-semibold",
  children,
}: {
  id: string;
  title: string;
  className: string;
  titleClassName?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={titleClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
