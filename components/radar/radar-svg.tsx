import type { Blip } from "@/lib/radar/layout";
import { CENTER, RADIUS, SIZE } from "@/lib/radar/layout";
import { QUADRANTS } from "@/lib/radar/quadrants";
import { RINGS } from "@/lib/radar/ring";
import { RING_COLOURS, RING_LABELS } from "./ring-style";

const BANDS = ["fill-slate-200 dark:fill-slate-800", "fill-slate-100 dark:fill-slate-900"];
// Quadrant names sit in the corners, outside the circle, clockwise from the top right.
const CORNERS: Array<[number, number, "start" | "end"]> = [
  [SIZE - 8, 18, "end"],
  [SIZE - 8, SIZE - 10, "end"],
  [8, SIZE - 10, "start"],
  [8, 18, "start"],
];

/** The radar drawn as SVG; every blip is a link to its technology, named by its accessible label. */
export function RadarSvg({ blips, edges }: { blips: Blip[]; edges: number[] }) {
  return (
    <figure className="m-0">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        className="h-auto w-full max-w-[40rem]"
        data-testid="radar-svg"
      >
        <title>Technology radar</title>
        {[...edges].reverse().map((edge, i) => (
          <circle
            key={edge}
            cx={CENTER}
            cy={CENTER}
            r={edge * RADIUS}
            className={`${BANDS[i % 2]} stroke-slate-400 dark:stroke-slate-600`}
          />
        ))}
        <path
          d={`M${CENTER} ${CENTER - RADIUS}V${CENTER + RADIUS}M${CENTER - RADIUS} ${CENTER}H${CENTER + RADIUS}`}
          className="stroke-slate-400 dark:stroke-slate-600"
          strokeWidth={1.5}
        />
        {RINGS.map((ring, i) => (
          <text
            key={ring}
            // Alternate sides of the centre, so labels of thin neighbouring rings never collide.
            x={CENTER + (i % 2 ? 1 : -1) * ((i ? edges[i - 1] : 0) + edges[i]) * (RADIUS / 2)}
            y={CENTER + 4}
            textAnchor="middle"
            paintOrder="stroke"
            strokeWidth={4}
            className="fill-slate-800 stroke-slate-100 text-[11px] font-semibold uppercase dark:fill-slate-200 dark:stroke-slate-900"
          >
            {RING_LABELS[ring]}
          </text>
        ))}
        {QUADRANTS.slice(0, 4).map((q, i) => (
          <text
            key={q.name}
            x={CORNERS[i][0]}
            y={CORNERS[i][1]}
            textAnchor={CORNERS[i][2]}
            className="fill-slate-900 text-[15px] font-semibold dark:fill-slate-100"
          >
            {q.name}
          </text>
        ))}
        {blips.map((b) => (
          <a key={b.id} href={`/technologies/${b.id}`} aria-label={b.name} data-blip={b.id}>
            <title>{`${b.name}: ${RING_LABELS[b.ring]}`}</title>
            <circle cx={b.x} cy={b.y} r={b.r} fill={RING_COLOURS[b.ring]} className="blip" />
            <text
              x={b.x}
              y={b.y}
              dy="0.35em"
              textAnchor="middle"
              fill="#ffffff"
              fontSize={b.n > 99 ? 7 : 8.5}
            >
              {b.n}
            </text>
          </a>
        ))}
      </svg>
      <figcaption className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        The radar: quadrants group layers; rings run from adopt at the centre out to hold.
      </figcaption>
    </figure>
  );
}
