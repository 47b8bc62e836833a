import type { LayerId } from "../content/schema";

export interface Quadrant {
  name: string;
  layers: LayerId[];
}

/** Four quadrants that together hold every canonical layer exactly once. */
export const QUADRANTS: Quadrant[] = [
  { name: "Languages & frameworks", layers: ["language", "frontend", "backend"] },
  { name: "Data & AI", layers: ["data", "messaging", "ai"] },
  { name: "Platforms", layers: ["security", "infra", "delivery", "observability"] },
  { name: "Tools", layers: ["testing", "tooling", "integrations"] },
];

/** The index of the quadrant that holds a layer. */
export function quadrantOf(layer: LayerId): number {
  const at = QUADRANTS.findIndex((q) => q.layers.includes(layer));
  return at < 0 ? QUADRANTS.length - 1 : at;
}
