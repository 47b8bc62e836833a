import type { ReactNode } from "react";
import { LAYER_NAMES } from "@/lib/content/layers";
import type { Stack } from "@/lib/content/schema";
import { Link } from "../link";
import { ChoiceTable } from "./choice-table";

interface Props {
  stack: Stack;
  /** Slot ids and labels, in the taxonomy's order. */
  slots: Array<[id: string, label: string]>;
  /** What follows the notes: the stack's history. */
  children?: ReactNode;
}

/** Each layer's choice table, then the stack's notes and what the page adds after them. */
export function StackLayers({ stack, slots, children }: Props) {
  const slotOrder = slots.map(([id]) => id);
  const labels = new Map(slots);
  const slotLabel = (id: string) => labels.get(id) ?? id;
  return (
    <section aria-labelledby="layers-heading" className="min-w-0">
      <h2 id="layers-heading" className="sr-only">
        Choices by layer
      </h2>
      {stack.layers.length === 0 ? <p>This document names no technologies.</p> : null}
      {stack.layers.map((layer) => (
        <section key={layer.id} aria-labelledby={`layer-${layer.id}`} className="mb-6">
          <h3 id={`layer-${layer.id}`} className="mb-2 text-lg font-semibold">
            <Link href={`/layers/${layer.id}`} className="hover:underline">
              {LAYER_NAMES[layer.id]}
            </Link>
          </h3>
          <ChoiceTable layer={layer} slotOrder={slotOrder} slotLabel={slotLabel} />
        </section>
      ))}
      {stack.notes.length ? <StackNotes notes={stack.notes} /> : null}
      {children}
    </section>
  );
}

function StackNotes({ notes }: { notes: string[] }) {
  return (
    <section aria-labelledby="notes-heading" className="mb-6">
      <h3 id="notes-heading" className="mb-2 text-lg font-semibold">
        Notes
      </h3>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {notes.map((n, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a static list that never reorders
          <li key={i}>{n}</li>
        ))}
      </ul>
    </section>
  );
}
