import { describe, expect, it } from "vitest";
import { LAYER_IDS } from "@/lib/content/constants";
import type { RadarEntry } from "@/lib/radar/build";
import { CENTER, layoutBlips, quadrantAngles, RADIUS, ringEdges } from "@/lib/radar/layout";
import { QUADRANTS, quadrantOf } from "@/lib/radar/quadrants";
import { RINGS } from "@/lib/radar/ring";

function entries(perSegment: number): RadarEntry[] {
  const out: RadarEntry[] = [];
  for (let q = 0; q < QUADRANTS.length; q++)
    for (const ring of RINGS)
      for (let i = 0; i < perSegment; i++)
        out.push({
          id: `t${q}-${ring}-${i}`,
          name: `T ${q} ${ring} ${String(i).padStart(3, "0")}`,
          layer: QUADRANTS[q].layers[0],
          quadrant: q,
          ring,
          reason: "",
        });
  return out;
}

describe("quadrants", () => {
  it("hold every layer exactly once, in four or more quadrants", () => {
    expect(QUADRANTS.length).toBeGreaterThanOrEqual(4);
    expect(QUADRANTS.flatMap((q) => q.layers).sort()).toEqual([...LAYER_IDS].sort());
    expect(QUADRANTS[quadrantOf("ai")].layers).toContain("ai");
  });
});

describe("blip layout", () => {
  it.each([1, 5, 12, 30])("keeps %i blips per segment inside their ring and quadrant", (n) => {
    const RING_EDGES = ringEdges(entries(n), QUADRANTS.length);
    const blips = layoutBlips(entries(n), QUADRANTS.length, RING_EDGES);
    expect(blips).toHaveLength(n * 16);
    for (const b of blips) {
      const ri = RINGS.indexOf(b.ring);
      const dist = Math.hypot(b.x - CENTER, b.y - CENTER);
      expect(dist).toBeGreaterThanOrEqual((ri ? RING_EDGES[ri - 1] * RADIUS : 0) - 0.5);
      expect(dist).toBeLessThanOrEqual(RING_EDGES[ri] * RADIUS + 0.5);
      const [a0, a1] = quadrantAngles(b.quadrant, QUADRANTS.length);
      let angle = Math.atan2(b.y - CENTER, b.x - CENTER);
      if (angle < a0) angle += 2 * Math.PI;
      expect(angle).toBeGreaterThanOrEqual(a0);
      expect(angle).toBeLessThanOrEqual(a1);
    }
  });

  it.each([3, 12, 30])("never overlaps blips when %i share a segment", (n) => {
    const blips = layoutBlips(entries(n), QUADRANTS.length);
    for (const a of blips)
      for (const b of blips)
        if (a !== b)
          expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(
            a.r + b.r,
          );
  });

  it("gives a crowded ring more room, and every ring some", () => {
    const crowded = entries(2).concat(
      Array.from({ length: 40 }, (_, i) => ({
        ...entries(1)[1],
        id: `busy-${i}`,
        name: `Busy ${i}`,
      })),
    );
    const even = ringEdges(entries(2), QUADRANTS.length);
    const busy = ringEdges(crowded, QUADRANTS.length);
    expect(even.map((e) => Math.round(e * 100))).toEqual([50, 71, 87, 100]);
    // The trial ring (index 1) widens; adopt keeps over half its even radius; hold stays outermost.
    expect(busy[1] - busy[0]).toBeGreaterThan(even[1] - even[0]);
    expect(busy[0]).toBeGreaterThan(even[0] / 2);
    expect(busy[3]).toBe(1);
  });

  it("is deterministic and numbers blips by quadrant, ring, then name", () => {
    const first = layoutBlips(entries(4), QUADRANTS.length);
    expect(layoutBlips(entries(4), QUADRANTS.length)).toEqual(first);
    expect(first.map((b) => b.n)).toEqual(first.map((_, i) => i + 1));
    expect(first.slice(0, 4).every((b) => b.quadrant === 0 && b.ring === "adopt")).toBe(true);
  });
});
