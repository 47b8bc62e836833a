import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { LayerId, Slot, Technology } from "./schema";
import { slotsFileSchema } from "./schema";

interface CompiledSlot extends Slot {
  re?: RegExp;
}

let cached: CompiledSlot[] | undefined;

/** The slot taxonomy (content/slots.json), in the order its rules are tried. */
export function getSlots(): CompiledSlot[] {
  if (cached) return cached;
  const file = join(process.cwd(), "content", "slots.json");
  const { slots } = slotsFileSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  cached = slots.map((s) => ({ ...s, re: s.words ? new RegExp(s.words, "iu") : undefined }));
  return cached;
}

/** The catch-all slot of a layer: `data-other`, or `language` for languages. */
export function otherSlot(layer: LayerId): string {
  return layer === "language" ? "language" : `${layer}-other`;
}

/** The first slot of the layer whose words match the text ("Cache", "キャッシュ", "ORM"). */
export function toSlotId(text: string | undefined, layer: LayerId): string | undefined {
  if (!text?.trim()) return undefined;
  return getSlots().find((s) => s.layer === layer && s.re?.test(text))?.id;
}

export function isGenericSlot(id: string): boolean {
  return getSlots().find((s) => s.id === id)?.generic ?? false;
}

/** A registry technology's default slot: its own, else what its description or name says. */
export function defaultSlot(
  tech: Pick<Technology, "layer" | "name" | "description" | "slot">,
): string {
  return (
    tech.slot ?? toSlotId(`${tech.description} ${tech.name}`, tech.layer) ?? otherSlot(tech.layer)
  );
}

export function slotLabel(id: string): string {
  return getSlots().find((s) => s.id === id)?.label ?? id;
}
