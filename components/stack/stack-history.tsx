import type { HistoryEntry } from "@/lib/history/schema";
import { describeChange, summarize } from "@/lib/history/summary";

const EVENT_LABELS: Record<HistoryEntry["event"], string> = {
  added: "Document added",
  changed: "Changed",
  renamed: "Renamed",
  earliest: "Earliest recorded version",
};

/** The dates a stack's document changed in git and, per change, what happened to its choices. */
export function StackHistory({ entries }: { entries: HistoryEntry[] }) {
  if (!entries.length) return null;
  return (
    <section id="history" aria-labelledby="history-heading" className="mb-6">
      <h2 id="history-heading" className="mb-2 text-lg font-semibold">
        History
      </h2>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
        From the content folder’s git log: the choices each commit added, removed or moved to
        another version (the latest {entries.length}).
      </p>
      <ol className="history-list">
        {entries.map((e) => (
          <li key={`${e.commit}-${e.file}`}>
            <time dateTime={e.date}>{e.date.slice(0, 10)}</time>{" "}
            <strong>{EVENT_LABELS[e.event]}</strong> <code>{e.commit.slice(0, 7)}</code>
            {e.changes.length ? (
              <ul>
                {e.event === "renamed" && e.from ? <li>renamed from {e.from}</li> : null}
                {e.changes.map((c) => (
                  <li key={`${c.kind}-${c.technology}`} data-change={c.kind}>
                    {describeChange(c)}
                  </li>
                ))}
              </ul>
            ) : (
              <span> — {summarize(e)}</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
