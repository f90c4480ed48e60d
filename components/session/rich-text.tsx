import { toJsxRuntime, type Components } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { isHtml, sanitizeHtml } from "@/lib/programme/rich-text";

const isWebAddress = (href: unknown): href is string => typeof href === "string" && /^https?:\/\//i.test(href);

// Headings inside an abstract sit below the page's own section heading.
const components: Partial<Components> = {
  a: ({ href, children }) =>
    isWebAddress(href) ? (
      <a href={href} rel="nofollow noopener noreferrer" className="text-brand-700 underline">
        {children}
      </a>
    ) : (
      <>{children}</>
    ),
  h1: ({ children }) => <h3 className="text-lg font-semibold">{children}</h3>,
  h2: ({ children }) => <h3 className="text-lg font-semibold">{children}</h3>,
  ul: ({ children }) => <ul className="list-disc space-y-1 pl-6">{children}</ul>,
  ol: ({ children }) => <ol className="list-decimal space-y-1 pl-6">{children}</ol>,
  pre: ({ children }) => <pre className="overflow-x-auto rounded bg-slate-100 p-3 text-sm">{children}</pre>,
};

/**
 * An abstract or description: typed text keeps its line breaks; HTML that came
 * in with an imported schedule is parsed and sanitized (richTextSchema), never
 * shown as source nor inserted raw.
 */
export function RichText({ text, className = "" }: { text: string; className?: string }) {
  if (!isHtml(text)) return <p className={`whitespace-pre-line ${className}`}>{text}</p>;
  return (
    <div className={`space-y-3 break-words ${className}`}>
      {toJsxRuntime(sanitizeHtml(text), { Fragment, jsx, jsxs, components })}
    </div>
  );
}
