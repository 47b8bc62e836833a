import type { Blip } from "@/lib/radar/layout";
import { QUADRANTS } from "@/lib/radar/quadrants";
import { TechLink } from "../tech-link";
import { RING_LABELS } from "./ring-style";

/** The radar's data as a table, in the blips' numbering, for screen readers and for copying. */
export function RadarTable({ blips }: { blips: Blip[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="data-table min-w-[36rem]" data-testid="radar-table">
        <caption className="sr-only">Every technology on the radar, its ring and why</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            <th scope="col">Technology</th>
            <th scope="col">Quadrant</th>
            <th scope="col">Ring</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {blips.map((b) => (
            <tr key={b.id} data-row={b.id}>
              <td className="num">{b.n}</td>
              <td>
                <TechLink id={b.id} name={b.name} />
              </td>
              <td>{QUADRANTS[b.quadrant]?.name}</td>
              <td>{RING_LABELS[b.ring]}</td>
              <td className="text-sm">{b.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
