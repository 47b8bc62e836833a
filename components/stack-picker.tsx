"use client";

import { useEffect, useId, useMemo, useState } from "react";
import type { StackListEntry } from "@/lib/compare/records";
import { useStackList } from "./use-stack-list";

interface Props {
  label: string;
  /** Slugs that cannot be picked (already compared). */
  exclude: string[];
  onPick: (entry: StackListEntry) => void;
  disabled?: boolean;
}

/** A searchable combobox of stacks: type to narrow, arrows to move, Enter to pick. */
export function StackPicker({ label, exclude, onPick, disabled }: Props) {
  const id = useId();
  const { list, error, load } = useStackList();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = useMemo(() => {
    const q = text.trim().toLowerCase();
    return (list ?? [])
      .filter(
        (e) => !exclude.includes(e.s) && (!q || e.t.toLowerCase().includes(q) || e.s.includes(q)),
      )
      .slice(0, 30);
  }, [list, text, exclude]);
  const pick = (e: StackListEntry) => {
    onPick(e);
    setText("");
    setOpen(false);
  };
  // Enter pressed before the list arrived: pick the best match as soon as it does.
  const [enterPending, setEnterPending] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once when the list arrives; `pick` and `options` change every render
  useEffect(() => {
    if (!enterPending || !list) return;
    setEnterPending(false);
    if (options[0]) pick(options[0]);
  }, [enterPending, list]);
  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${id}-opt-${active}` : undefined}
        disabled={disabled}
        value={text}
        placeholder={disabled ? "Four stacks at most" : "Type a stack name…"}
        autoComplete="off"
        onFocus={() => {
          load();
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, options.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter" && !list && text.trim()) {
            e.preventDefault();
            setEnterPending(true);
          } else if (e.key === "Enter" && open && options[active]) {
            e.preventDefault();
            pick(options[active]);
          } else if (e.key === "Escape") setOpen(false);
        }}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm disabled:opacity-60 dark:border-slate-700 dark:bg-slate-900"
      />
      {open ? (
        <ul
          id={`${id}-list`}
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA combobox pattern
          role="listbox"
          aria-label={label}
          className="absolute z-30 mt-1 max-h-72 w-full overflow-y-auto rounded-md border border-slate-300 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {error ? (
            <li className="px-3 py-2 text-sm text-red-700">Could not load stacks: {error}</li>
          ) : null}
          {!list && !error ? <li className="px-3 py-2 text-sm">Loading…</li> : null}
          {list && !options.length ? (
            <li className="px-3 py-2 text-sm">No stack matches.</li>
          ) : null}
          {options.map((o, i) => (
            <li
              key={o.s}
              id={`${id}-opt-${i}`}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA combobox pattern
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(o);
              }}
              className={`cursor-pointer px-3 py-1.5 text-sm ${i === active ? "bg-brand-100 dark:bg-slate-700" : ""}`}
            >
              {o.t} <span className="text-xs text-slate-600 dark:text-slate-400">{o.k}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
