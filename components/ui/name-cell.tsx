/** A name as workspace lists show it: in the viewer's language, the other version under it. */
export function NameCell({ name, other }: { name: string; other: string | null }) {
  return (
    <>
      {name}
      {other ? <span className="block font-normal text-slate-600">{other}</span> : null}
    </>
  );
}
