/** Why the form's action was refused, in the viewer's words; nothing when it was not. */
export function FormAlert({ message, className = "" }: { message: string | null | undefined; className?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className={`${className ? `${className} ` : ""}text-sm font-medium text-red-800`}>
      {message}
    </p>
  );
}

/** How a form's last post went, beside its button: what was saved, or why not. */
export function FormOutcome({ saved, message }: { saved: string | null; message: string | undefined }) {
  return (
    <>
      {saved ? (
        <p role="status" className="text-sm font-medium text-green-800">
          {saved}
        </p>
      ) : null}
      <FormAlert message={message} />
    </>
  );
}
