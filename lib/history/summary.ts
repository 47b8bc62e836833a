import type { ChoiceChange, HistoryEntry } from "./schema";

/** Parts of a summary before "and N more": a feed title stays one line. */
const MAX_PARTS = 6;

function names(changes: ChoiceChange[]): string {
  return changes.map((c) => (c.role === "primary" ? c.name : `${c.name} (${c.role})`)).join(", ");
}

const technologies = (n: number) => `${n} ${n === 1 ? "technology" : "technologies"}`;

/** One change in words: "PostgreSQL 15 → 16", "React: option → primary". */
export function describeChange(c: ChoiceChange): string {
  if (c.kind === "version")
    return `${c.name} ${c.from ?? "(no version)"} → ${c.to ?? "(no version)"}`;
  if (c.kind === "role") return `${c.name}: ${c.from} → ${c.to}`;
  return `${c.kind} ${names([c])}`;
}

/** A change entry in one line: "PostgreSQL 15 → 16; added NATS, Redis; removed MySQL". */
export function summarize(entry: HistoryEntry): string {
  if (entry.event === "added") return `added with ${technologies(entry.count)}`;
  if (entry.event === "earliest") return `earliest recorded version (${technologies(entry.count)})`;
  const added = entry.changes.filter((c) => c.kind === "added");
  const removed = entry.changes.filter((c) => c.kind === "removed");
  const moved = entry.changes.filter((c) => c.kind === "version" || c.kind === "role");
  const parts = [
    ...moved.map(describeChange),
    ...(added.length ? [`added ${names(added)}`] : []),
    ...(removed.length ? [`removed ${names(removed)}`] : []),
  ];
  if (entry.event === "renamed" && entry.from) parts.unshift(`renamed from ${entry.from}`);
  if (!parts.length) return "reworded; the choices stayed the same";
  const rest = parts.length - MAX_PARTS;
  return parts.slice(0, MAX_PARTS).join("; ") + (rest > 0 ? `; and ${rest} more` : "");
}

/** Whether an entry changed what the stack decides (a new document counts; rewording does not). */
export function isDecisionChange(entry: HistoryEntry): boolean {
  return entry.event === "added" || entry.changes.length > 0;
}
