/** The document the stack was read from, rendered and sanitised by lib/render/markdown.ts. */
export function SourceDocument({ html }: { html: string }) {
  return (
    <section
      aria-labelledby="source-heading"
      className="mt-10 border-t border-slate-200 pt-6 dark:border-slate-800"
    >
      <h2 id="source-heading" className="mb-2 text-lg font-semibold">
        Source document
      </h2>
      <div
        className="doc max-w-4xl overflow-x-auto text-[15px] leading-relaxed"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the document, sanitised by lib/render/markdown.ts
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </section>
  );
}
