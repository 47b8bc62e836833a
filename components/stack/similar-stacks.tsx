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
        <ol className="space-y-1 text-sm">
          {similar.map((s) => (
            <li key={s.slug}>
              <Link
                href={`/stacks/${s.slug}`}
                className="text-brand-700 underline dark:text-blue-300"
              >
                {s.title}
              </Link>{" "}
              <span className="text-slate-600 dark:text-slate-400">({s.shared} shared)</span>
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
