import Markdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

/**
 * A biography written in Markdown by a speaker or organizer. Raw HTML is not
 * parsed and the tree is sanitized (GitHub's schema), so scripts, event
 * handlers and javascript: links never reach the page.
 */
export function SpeakerBio({ markdown }: { markdown: string }) {
  return (
    <div className="prose-bio space-y-3 leading-relaxed text-slate-800">
      <Markdown
        rehypePlugins={[rehypeSanitize]}
        components={{
          a: ({ href, children }) => (
            <a href={href} rel="nofollow noopener noreferrer" className="text-brand-700 underline">
              {children}
            </a>
          ),
          h1: ({ children }) => <h3 className="text-lg font-semibold">{children}</h3>,
          h2: ({ children }) => <h3 className="text-lg font-semibold">{children}</h3>,
          ul: ({ children }) => <ul className="list-disc space-y-1 pl-6">{children}</ul>,
          ol: ({ children }) => <ol className="list-decimal space-y-1 pl-6">{children}</ol>,
          img: ({ alt }) => <span>{alt}</span>,
        }}
      >
        {markdown}
      </Markdown>
    </div>
  );
}
