import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

/**
 * A proposal document rendered from Markdown (GitHub flavour). Raw HTML in the
 * document is not rendered: documents may come from any host, so nothing in
 * them runs or styles the page. Links open elsewhere and pass no referrer.
 */
const components: Components = {
  h1: ({ children }) => <h3 className="mt-4 text-lg font-semibold first:mt-0">{children}</h3>,
  h2: ({ children }) => <h4 className="mt-4 text-base font-semibold first:mt-0">{children}</h4>,
  h3: ({ children }) => <h5 className="mt-3 text-sm font-semibold first:mt-0">{children}</h5>,
  p: ({ children }) => <p className="mt-2 first:mt-0">{children}</p>,
  ul: ({ children }) => <ul className="mt-2 list-disc space-y-1 pl-5">{children}</ul>,
  ol: ({ children }) => <ol className="mt-2 list-decimal space-y-1 pl-5">{children}</ol>,
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noreferrer nofollow" className="text-keel-600 underline underline-offset-2 dark:text-keel-400">
      {children}
    </a>
  ),
  code: ({ children }) => <code className="rounded bg-slate-200/70 px-1 font-mono text-xs dark:bg-slate-800">{children}</code>,
  pre: ({ children }) => <pre className="mt-2 overflow-auto rounded bg-slate-200/70 p-2 text-xs dark:bg-slate-800">{children}</pre>,
  blockquote: ({ children }) => <blockquote className="mt-2 border-l-2 border-slate-300 pl-3 text-slate-600 dark:border-slate-600 dark:text-slate-400">{children}</blockquote>,
  table: ({ children }) => <table className="mt-2 w-full border-collapse text-left text-xs">{children}</table>,
  th: ({ children }) => <th className="border-b border-slate-300 px-2 py-1 font-semibold dark:border-slate-600">{children}</th>,
  td: ({ children }) => <td className="border-b border-slate-200 px-2 py-1 dark:border-slate-700">{children}</td>,
};

export function MarkdownDocument({ text }: { text: string }) {
  return (
    <div data-testid="description-document" className="max-h-[32rem] overflow-auto break-words rounded-lg bg-slate-50 p-4 text-sm leading-relaxed text-slate-800 dark:bg-slate-950/60 dark:text-slate-200">
      <Markdown remarkPlugins={[remarkGfm]} components={components}>
        {text}
      </Markdown>
    </div>
  );
}
