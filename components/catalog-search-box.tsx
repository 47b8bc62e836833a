"use client";

import { startTransition, useEffect, useRef, useState } from "react";
import { useSlashFocus } from "./use-slash-focus";

interface Props {
  /** The query's text as the address has it. */
  q: string;
  /** A new text, typed: the results follow in a transition. */
  onType: (q: string) => void;
  /** Enter: the text is searched at once and focus moves into the results. */
  onSubmit: (q: string) => void;
  /** ↓ or Enter: focus the first result. */
  intoResults: () => void;
}

/**
 * The catalog's search box. It keeps what is typed in its own state, so a keystroke re-renders
 * this box and nothing else; the results follow in a transition that never holds up the next key.
 */
export function CatalogSearchBox({ q, onType, onSubmit, intoResults }: Props) {
  const [text, setText] = useState(q);
  const inputRef = useRef<HTMLInputElement>(null);
  useSlashFocus(inputRef);
  // Back, Forward and "Clear filters" change the address: the box shows what it now says. A
  // transition that lags behind the keys renders an older query: only the address's latest counts,
  // and what is typed stays as typed (a trailing space included).
  useEffect(() => {
    const live = new URLSearchParams(window.location.search).get("q") ?? "";
    if (q === live) setText((t) => (t.trim() === q ? t : q));
  }, [q]);
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not yet in every browser we serve
    <form
      role="search"
      className="mb-3 flex gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(text.trim());
        // Enter moves into the results, like ↓.
        requestAnimationFrame(intoResults);
      }}
    >
      <label htmlFor="catalog-search" className="sr-only">
        Search stacks and technologies
      </label>
      <input
        ref={inputRef}
        id="catalog-search"
        type="search"
        value={text}
        maxLength={200}
        autoComplete="off"
        placeholder="Search stacks, technologies, tags…  (press /)"
        onKeyDown={(e) => {
          if (e.key !== "ArrowDown") return;
          e.preventDefault();
          intoResults();
        }}
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          startTransition(() => onType(value.trim()));
        }}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-700 dark:bg-slate-900"
      />
    </form>
  );
}
