"use client";

import { StackPicker } from "./stack-picker";

/** "Compare with…" on a stack page: picking another stack opens the comparison of the two. */
export function ComparePicker({ slug, title }: { slug: string; title: string }) {
  return (
    <section aria-label={`Compare ${title} with another stack`}>
      <StackPicker
        label="Compare with…"
        exclude={[slug]}
        onPick={(e) =>
          window.location.assign(
            `/compare?stacks=${encodeURIComponent(slug)},${encodeURIComponent(e.s)}`,
          )
        }
      />
    </section>
  );
}
