import { LAYER_NAMES } from "@/lib/content/layers";
import type { RadarConfig } from "@/lib/radar/config";
import { QUADRANTS } from "@/lib/radar/quadrants";

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** The ring rule and the quadrants, in words, with this build's thresholds. */
export function RadarRule({
  config,
  stacks,
  adoptMin,
}: {
  config: RadarConfig;
  stacks: number;
  adoptMin: number;
}) {
  const t = config.thresholds;
  const hand = Object.keys(config.rings).length;
  return (
    <section aria-labelledby="rule-heading" className="mt-8 max-w-3xl text-sm">
      <h2 id="rule-heading" className="mb-2 text-lg font-semibold">
        How the rings are decided
      </h2>
      <p className="mb-2">
        Every count is of stacks: a stack counts once for each role it gives a technology. The first
        rule that applies wins.
      </p>
      <ol className="mb-4 list-decimal space-y-1 pl-6">
        <li>
          <strong>Set by hand</strong>: a ring named in the content folder’s <code>radar.json</code>{" "}
          ({hand} {hand === 1 ? "technology" : "technologies"} in this build).
        </li>
        <li>
          <strong>Hold</strong>: considered and rejected (listed as an alternative), plus primary in
          a deprecated, superseded or rejected decision record (being migrated away from), in more
          stacks than it is primary in.
        </li>
        <li>
          <strong>Adopt</strong>: primary in at least the larger of {t.adoptMin} and{" "}
          {pct(t.adoptShare)} of the stacks counted ({adoptMin} of {stacks} here), passed over in at
          most {pct(t.rarelyPassedOver)} as many stacks, and not only in recent documents (the
          newest {pct(t.recentShare)} of dated stacks).
        </li>
        <li>
          <strong>Trial</strong>: primary in at least one stack but short of adopt: in a few, only
          recently, or passed over too often.
        </li>
        <li>
          <strong>Assess</strong>: everything else: planned, offered as an option or given as an
          example, but not chosen yet.
        </li>
      </ol>
      <p className="mb-2">
        A kind or tag filter counts only the matching stacks, so rings can change; a layer filter
        only hides other layers.
      </p>
      <h2 className="mb-2 mt-4 text-lg font-semibold">Quadrants</h2>
      <ul className="list-disc space-y-1 pl-6">
        {QUADRANTS.map((q) => (
          <li key={q.name}>
            <strong>{q.name}</strong>: {q.layers.map((l) => LAYER_NAMES[l]).join(", ")}
          </li>
        ))}
      </ul>
    </section>
  );
}
