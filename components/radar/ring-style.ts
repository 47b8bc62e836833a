import type { Ring } from "@/lib/radar/ring";

export const RING_LABELS: Record<Ring, string> = {
  adopt: "Adopt",
  trial: "Trial",
  assess: "Assess",
  hold: "Hold",
};

/** Blip colours, each dark enough for white numbers (at least 4.5:1) on either theme's radar. */
export const RING_COLOURS: Record<Ring, string> = {
  adopt: "#047857",
  trial: "#1d4ed8",
  assess: "#b45309",
  hold: "#b91c1c",
};
