import type { ParseResult, Stack } from "../content/schema";
import { diffChoices, matchStacks } from "./diff";
import { gitLog, readBlobs, shallowBoundary } from "./git";
import { changesByDocument, type FileChange, parseGitLog } from "./log";
import type { History, HistoryEntry } from "./schema";

/** Changes kept per document: an architecture review asks about the recent ones. */
export const HISTORY_DEPTH = 20;

type Parse = (file: string, text: string) => ParseResult;

function eventOf(c: FileChange): HistoryEntry["event"] {
  if (c.boundary) return "earliest";
  if (c.status === "A") return "added";
  return c.status === "R" ? "renamed" : "changed";
}

/** Diffs one commit's two versions of a document and files the result under today's stacks. */
function addEntries(
  history: History,
  today: Stack[],
  c: FileChange,
  read: (path: string, blob?: string) => Stack[],
): void {
  const event = eventOf(c);
  const fresh = event === "added" || event === "earliest";
  const before = fresh ? [] : read(c.oldPath, c.oldBlob);
  for (const [old, now] of matchStacks(before, read(c.path, c.newBlob))) {
    const target = today.length === 1 ? today[0] : today.find((s) => s.slug === now.slug);
    if (!target) continue;
    history[target.slug] ??= [];
    history[target.slug].push({
      commit: c.commit,
      date: c.date,
      file: c.path,
      event,
      ...(event === "renamed" ? { from: c.oldPath } : {}),
      changes: fresh ? [] : diffChoices(old, now),
      count: new Set(now.layers.flatMap((l) => l.choices.map((ch) => ch.technology))).size,
    });
  }
}

/**
 * Each stack's history from the folder's git log: one `git log` and one `git cat-file` per
 * build, every old version parsed (through the caller's cache) and diffed as records. Outside
 * git, or where git is missing, there is no history and nothing fails.
 */
export function buildHistory(
  dir: string,
  stacks: Stack[],
  parse: Parse,
  depth = HISTORY_DEPTH,
): History {
  const boundary = shallowBoundary(dir);
  const log = boundary && gitLog(dir);
  if (!log) return {};
  const byFile = new Map<string, Stack[]>();
  for (const s of stacks) byFile.set(s.source.file, [...(byFile.get(s.source.file) ?? []), s]);
  const byDoc = changesByDocument(parseGitLog(log, boundary), new Set(byFile.keys()), depth);
  const blobs = [...byDoc.values()].flat().flatMap((c) => [c.oldBlob, c.newBlob]);
  const texts = readBlobs(dir, [...new Set(blobs.filter((b): b is string => !!b))]);
  const read = (path: string, blob?: string) => {
    const text = blob === undefined ? undefined : texts.get(blob);
    return text === undefined ? [] : parse(path, text).stacks;
  };
  const history: History = {};
  for (const [file, changes] of byDoc)
    for (const c of changes) addEntries(history, byFile.get(file) ?? [], c, read);
  return history;
}
