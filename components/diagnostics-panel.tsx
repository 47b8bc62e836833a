import type { Diagnostic } from "@/lib/content/schema";

const ORDER = { error: 0, warning: 1, info: 2 };

/** What the parser repaired or could not understand in this document, collapsed by default. */
export function DiagnosticsPanel({ diagnostics }: { diagnostics: Diagnostic[] }) {
  const sorted = [...diagnostics].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || a.line - b.line,
  );
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  return (
    <details className="rounded border border-slate-200 p-2 text-sm dark:border-slate-800">
      <summary className="cursor-pointer font-semibold">
        Parser notes ({diagnostics.length}
        {errors ? `, ${errors} errors` : ""}
        {warnings ? `, ${warnings} warnings` : ""})
      </summary>
      {sorted.length ? (
        <ul className="mt-2 max-h-96 space-y-1 overflow-y-auto">
          {sorted.map((d, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a static list that never reorders
            <li key={i}>
              <span
                className={
                  d.severity === "error"
                    ? "font-semibold text-red-700 dark:text-red-300"
                    : d.severity === "warning"
                      ? "font-semibold text-amber-800 dark:text-amber-200"
                      : "text-slate-600 dark:text-slate-400"
                }
              >
                {d.severity}
              </span>{" "}
              line {d.line}: {d.message}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">The document was read without repairs or questions.</p>
      )}
    </details>
  );
}
