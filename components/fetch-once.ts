// The client hooks' data files: each fetched once per page view and shared by every caller.

/** Wraps a loader so it runs once; a failure is forgotten, so the next call tries again. */
export function fetchOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((err: unknown) => {
      pending = undefined;
      throw err;
    });
    return pending;
  };
}

/** A JSON file of the site; `what` names it in the error when the server refuses. */
export async function fetchJson<T>(url: string, what = ""): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${what ? `${what}: ` : ""}HTTP ${r.status}`);
  return r.json() as Promise<T>;
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
