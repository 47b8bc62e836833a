import type { CompareStack } from "@/lib/compare/records";
import type { Summary } from "@/lib/compare/summary";
import { LAYER_NAMES } from "@/lib/content/layers";

interface Props {
  stacks: CompareStack[];
  summary: Summary;
  slotLabel: (id: string) => string;
}

const list = (names: string[]) => names.join(", ");

/** Shared and unique choices, gaps, and how alike each pair is, said in plain words. */
export function CompareSummary({ stacks, summary, slotLabel }: Props) {
  return (
    <section
      aria-labelledby="summary-heading"
      className="mb-5 rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800"
    >
      <h2 id="summary-heading" className="mb-2 font-semibold">
        Summary
      </h2>
      <p>
        <strong>In every stack:</strong>{" "}
        {summary.shared.length ? list(summary.shared.map((s) => s.name)) : "nothing"}
      </p>
      <ul className="mt-1 space-y-0.5">
        {stacks.map((s, i) => (
          <li key={s.s}>
            <strong>Only {s.t}:</strong>{" "}
            {summary.unique[i].length
              ? list(summary.unique[i].map((u) => u.name))
              : "nothing of its own"}
            {summary.gaps[i].length ? (
              <span className="text-amber-800 dark:text-amber-300">
                {" "}
                — {s.t} names nothing for{" "}
                {list(summary.gaps[i].map((l) => LAYER_NAMES[l].toLowerCase()))}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <ul className="mt-2 space-y-0.5" aria-label="How alike the stacks are">
        {summary.pairs.map((p) => (
          <li key={`${p.a}-${p.b}`}>
            <strong>
              {stacks[p.a].t} and {stacks[p.b].t}:
            </strong>{" "}
            {p.sameSlots.length + p.differentSlots.length
              ? `the same choice in ${p.sameSlots.length} of the ${p.sameSlots.length + p.differentSlots.length} slots both fill`
              : "no slot in common"}
            {p.differentSlots.length
              ? `; they differ on ${list(p.differentSlots.map(slotLabel).map((l) => l.toLowerCase()))}`
              : ""}
            . {Math.round(p.score * 100)}% of the technologies either chose or plans are in both.
          </li>
        ))}
      </ul>
    </section>
  );
}
