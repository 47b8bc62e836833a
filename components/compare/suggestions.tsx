import type { SuggestedPair } from "@/lib/compare/suggest";

/** Pairs of stacks worth comparing, shown while nothing is picked. */
export function Suggestions({ suggestions }: { suggestions: SuggestedPair[] }) {
  if (!suggestions.length) return null;
  return (
    <section aria-labelledby="suggested-heading" className="mb-4">
      <h2 id="suggested-heading" className="mb-1 font-semibold">
        Worth comparing
      </h2>
      <ul className="list-disc pl-5 text-sm">
        {suggestions.map((p) => (
          <li key={`${p.a.s}-${p.b.s}`}>
            {/* A full load: the comparison is read from the address when the page starts. */}
            <a
              href={`/compare?stacks=${p.a.s},${p.b.s}`}
              className="text-brand-700 underline dark:text-blue-300"
            >
              {p.a.t} vs {p.b.t}
            </a>{" "}
            <span className="text-slate-600 dark:text-slate-400">({p.slots} slots in common)</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
