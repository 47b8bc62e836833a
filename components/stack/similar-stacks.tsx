import { Link } from "../link";

/** Stacks that share the most primary technologies with this one. */
export function SimilarStacks({
  similar,
}: {
  similar: Array<{ slug: string; title: string; shared: number }>;
}) {
  return (
    <section aria-labelledby="similar-heading">
      <h2 id="similar-heading" className="mb-2 font-semibold">
        Similar stacks
      </h2>
      {similar.length ? (
        // Styled by .similar-list in app/globals.css, not utilities repeated on each row.
        <ol className="similar-list">
          {similar.map((s) => (
            <li key={s.slug}>
              <Link href={`/stacks/${s.slug}`}>{s.title}</Link>{" "}
              <span className="muted">{`(${s.shared} shared)`}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No other stack shares its primary technologies.
        </p>
      )}
    </section>
  );
}
