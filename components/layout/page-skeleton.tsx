/** A wordless placeholder for the moment before a page's data arrives, the same in every language. */
export function PageSkeleton() {
  return (
    <div aria-busy="true" className="animate-pulse">
      <div className="h-40 rounded-2xl bg-slate-200" />
      <div className="mt-6 h-4 w-3/4 rounded bg-slate-200" />
      <div className="mt-3 h-4 w-2/3 rounded bg-slate-200" />
      <div className="mt-10 h-24 rounded-xl bg-slate-100" />
      <div className="mt-3 h-24 rounded-xl bg-slate-100" />
    </div>
  );
}
