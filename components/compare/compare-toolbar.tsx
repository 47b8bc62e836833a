"use client";

import { toCsv } from "@/lib/compare/export";
import { MAX_STACKS } from "@/lib/compare/url";
import { StackPicker } from "../stack-picker";
import type { Comparison } from "./use-comparison";

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const BUTTON =
  "rounded border border-slate-300 px-2 py-1 disabled:opacity-50 dark:border-slate-700";

/** Adding a stack, the two view options, and the downloads. */
export function CompareToolbar({ query, shown, rows, slotLabel, go }: Comparison) {
  const fileBase = `compare-${shown.map((s) => s.s).join("-vs-") || "stacks"}`;
  const downloadMarkdown = async () => {
    // The Markdown writer is only needed when asked for, so it stays out of the page's first load.
    const { toMarkdown } = await import("@/lib/compare/markdown");
    const text = toMarkdown(shown, rows, slotLabel, window.location.origin);
    download(`${fileBase}.md`, "text/markdown", text);
  };
  return (
    <div className="no-print mb-4 grid gap-4 md:grid-cols-[minmax(14rem,22rem)_1fr] md:items-end">
      <StackPicker
        label={query.slugs.length >= MAX_STACKS ? "Four stacks is the most" : "Add a stack"}
        exclude={query.slugs}
        disabled={query.slugs.length >= MAX_STACKS}
        onPick={(e) => go({ slugs: [...query.slugs, e.s] })}
      />
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={query.onlyDifferences}
            onChange={(e) => go({ onlyDifferences: e.target.checked })}
          />
          Show only differences
        </label>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={query.includeAll}
            onChange={(e) => go({ includeAll: e.target.checked })}
          />
          Include alternatives (considered, not chosen)
        </label>
        <button
          type="button"
          disabled={!shown.length}
          className={BUTTON}
          onClick={downloadMarkdown}
        >
          Download Markdown
        </button>
        <button
          type="button"
          disabled={!shown.length}
          className={BUTTON}
          onClick={() => download(`${fileBase}.csv`, "text/csv", toCsv(shown, rows, slotLabel))}
        >
          Download CSV
        </button>
        <button type="button" className={BUTTON} onClick={() => window.print()}>
          Print
        </button>
      </div>
    </div>
  );
}
