// Deterministic blip positions: same entries in, same SVG out, no overlaps within a segment while they fit.
import type { RadarEntry } from "./build";
import { RINGS } from "./ring";

export const SIZE = 640;
export const CENTER = SIZE / 2;
export const RADIUS = 280;
const BLIP = 9;
const PAD = 3;
const MIN_RING = 34;

export interface Blip extends RadarEntry {
  /** Number shown in the blip and in the table. */
  n: number;
  x: number;
  y: number;
  r: number;
}

interface Point {
  x: number;
  y: number;
}

/** The start and end angle (radians, clockwise from 12 o'clock) of quadrant `q` of `count`. */
export function quadrantAngles(q: number, count: number): [number, number] {
  const span = (2 * Math.PI) / count;
  return [q * span - Math.PI / 2, (q + 1) * span - Math.PI / 2];
}

/** Candidate centres `step` apart inside a ring segment, row by row from the inside out. */
function slots(r0: number, r1: number, a0: number, a1: number, step: number): Point[] {
  const out: Point[] = [];
  for (let rad = r0 + step / 2 + PAD; rad <= r1 - step / 2; rad += step) {
    const margin = (step / 2 + PAD) / rad;
    const usable = a1 - a0 - 2 * margin;
    if (usable < 0) continue;
    const count = Math.floor((usable * rad) / (step * 1.05)) + 1;
    for (let k = 0; k < count; k++) {
      const a = a0 + margin + (count === 1 ? usable / 2 : (k * usable) / (count - 1));
      out.push({ x: CENTER + rad * Math.cos(a), y: CENTER + rad * Math.sin(a) });
    }
  }
  return out;
}

/** Positions for `n` blips in one segment: the largest spacing at which they all fit, spread evenly. */
export function placeInSegment(n: number, r0: number, r1: number, a0: number, a1: number) {
  let step = 2 * BLIP + 4;
  let points = slots(r0, r1, a0, a1, step);
  while (points.length < n && step > 8) {
    step *= 0.9;
    points = slots(r0, r1, a0, a1, step);
  }
  const r = Math.min(BLIP, step / 2 - 1);
  if (!points.length) points = [{ x: CENTER, y: CENTER }];
  const round = (v: number) => Math.round(v * 10) / 10;
  return Array.from({ length: n }, (_, i) => {
    const p = points[Math.floor(((i + 0.5) * points.length) / n) % points.length];
    return { x: round(p.x), y: round(p.y), r: round(r) };
  });
}

/**
 * Outer edge of each ring as a share of the radius, adopt innermost: half an equal share and half
 * the ring's share of its most crowded segment, by area, so busy rings get room.
 */
export function ringEdges(entries: RadarEntry[], quadrants: number): number[] {
  const crowd = RINGS.map((ring) => {
    let most = 0;
    for (let q = 0; q < quadrants; q++)
      most = Math.max(most, entries.filter((e) => e.quadrant === q && e.ring === ring).length);
    return most;
  });
  const total = crowd.reduce((a, b) => a + b, 0) || 1;
  let area = 0;
  const edges = crowd.map((c) => {
    area += 0.5 / RINGS.length + (0.5 * c) / total;
    return Math.sqrt(Math.min(area, 1));
  });
  // Every ring stays wide enough for a row of blips and its label, from the outside in.
  for (let k = edges.length - 2; k >= 0; k--)
    edges[k] = Math.min(edges[k], edges[k + 1] - MIN_RING / RADIUS);
  return edges.map((e) => Math.round(e * 1000) / 1000);
}

/** Every entry placed and numbered by quadrant, then ring, then name, within the given ring edges. */
export function layoutBlips(
  entries: RadarEntry[],
  quadrants: number,
  edges = ringEdges(entries, quadrants),
): Blip[] {
  const out: Blip[] = [];
  for (let q = 0; q < quadrants; q++) {
    const [a0, a1] = quadrantAngles(q, quadrants);
    RINGS.forEach((ring, ri) => {
      const group = entries.filter((e) => e.quadrant === q && e.ring === ring);
      const r0 = ri ? edges[ri - 1] * RADIUS : 0;
      const spots = placeInSegment(group.length, r0, edges[ri] * RADIUS, a0, a1);
      for (const [i, e] of group.entries()) out.push({ ...e, n: out.length + 1, ...spots[i] });
    });
  }
  return out;
}
