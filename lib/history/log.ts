/** One file's change in one commit, as `git log --raw` reports it. */
export interface FileChange {
  commit: string;
  /** Commit date, ISO 8601. */
  date: string;
  /** A (added), M (modified), D (deleted), R (renamed), C (copied), T (type changed). */
  status: string;
  /** The file's name before the commit (differs from `path` on a rename or copy). */
  oldPath: string;
  path: string;
  /** Blob before and after; undefined where the file did not exist. */
  oldBlob?: string;
  newBlob?: string;
  /** The commit is where a shallow clone's history stops: an "added" here may be older. */
  boundary: boolean;
}

const NO_BLOB = /^0+$/;

/** Parses `git log -M --raw --no-abbrev -z --format=%x1e%H %cI %P` into file changes, newest first. */
export function parseGitLog(text: string, boundary: ReadonlySet<string> = new Set()): FileChange[] {
  const out: FileChange[] = [];
  for (const record of text.split("\x1e")) {
    const tokens = record.split("\0").map((t) => t.replace(/^\n/, ""));
    const [commit, date, ...parents] = (tokens[0] ?? "").trim().split(" ");
    if (!commit || !date) continue;
    // A commit without parents in a shallow clone is the cut, not the file's beginning.
    const cut = boundary.has(commit) && !parents.some(Boolean);
    for (let i = 1; i < tokens.length; i++) {
      if (!tokens[i].startsWith(":")) continue;
      const [, , oldBlob, newBlob, status = ""] = tokens[i].split(" ");
      const twoPaths = /^[RC]/.test(status);
      const oldPath = tokens[i + 1] ?? "";
      const path = twoPaths ? (tokens[i + 2] ?? "") : oldPath;
      i += twoPaths ? 2 : 1;
      out.push({
        commit,
        date,
        status: status.charAt(0),
        oldPath,
        path,
        oldBlob: oldBlob && !NO_BLOB.test(oldBlob) ? oldBlob : undefined,
        newBlob: newBlob && !NO_BLOB.test(newBlob) ? newBlob : undefined,
        boundary: cut,
      });
    }
  }
  return out;
}

/**
 * Groups changes by the document's name today, newest first, following renames backwards and
 * keeping at most `depth` per document; documents no longer present are left out.
 */
export function changesByDocument(
  changes: FileChange[],
  current: ReadonlySet<string>,
  depth: number,
): Map<string, FileChange[]> {
  // Older names of today's documents; null where the file at that name was deleted since.
  const alias = new Map<string, string | null>();
  const byDoc = new Map<string, FileChange[]>();
  for (const c of changes) {
    const known = alias.get(c.path);
    const doc = known === undefined ? c.path : known;
    if (c.status === "D") {
      if (known === undefined) alias.set(c.path, null);
      continue;
    }
    // Before a rename the old name was this document, and the new name was some other file.
    if (c.status === "R" && c.oldPath !== c.path) {
      alias.set(c.oldPath, doc);
      alias.set(c.path, null);
    }
    if (doc === null || !current.has(doc)) continue;
    const list = byDoc.get(doc) ?? [];
    if (list.length < depth) list.push(c);
    byDoc.set(doc, list);
  }
  return byDoc;
}
