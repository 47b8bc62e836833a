import type { RadarEntry } from "@/lib/radar/build";
import { layoutBlips, ringEdges } from "@/lib/radar/layout";
import { QUADRANTS } from "@/lib/radar/quadrants";
import { RadarSvg } from "./radar-svg";
import { RadarTable } from "./radar-table";

/** The drawing and its table for a set of entries: rendered on the server or in the browser. */
export function RadarView({ entries }: { entries: RadarEntry[] }) {
  const edges = ringEdges(entries, QUADRANTS.length);
  const blips = layoutBlips(entries, QUADRANTS.length, edges);
  return (
    <>
      <div className="grid gap-6 xl:grid-cols-[40rem_1fr]">
        <RadarSvg blips={blips} edges={edges} />
        <RadarTable blips={blips} />
      </div>
      {!blips.length ? <p className="mt-4">No technology matches these filters.</p> : null}
    </>
  );
}
