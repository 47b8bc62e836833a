import type { Metadata } from "next";
import { Link } from "@/components/link";
import { getChanges } from "@/lib/content/load";

export const dynamic = "force-static";
export const metadata: Metadata = {
  title: "Changes",
  description: "The latest decision changes across the catalog, from the documents' git history.",
};

export default function ChangesPage() {
  const changes = getChanges();
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold tracking-tight">Decision changes</h1>
      <p className="mb-4 max-w-3xl text-slate-700 dark:text-slate-300">
        What the stacks’ documents decided differently, newest first: choices added, removed or
        moved to another version, read from the content folder’s git history.{" "}
        <a href="/changes.xml" className="underline" type="application/atom+xml">
          Atom feed
        </a>
      </p>
      {changes.length ? (
        <ol className="history-list" aria-label="Latest decision changes">
          {changes.map((c) => (
            <li key={`${c.commit}-${c.slug}`}>
              <time dateTime={c.date}>{c.date.slice(0, 10)}</time>{" "}
              <Link href={`/stacks/${c.slug}#history`}>{c.title}</Link>: {c.summary}
            </li>
          ))}
        </ol>
      ) : (
        <p>
          No history: the content folder is not in a git repository (or git is not installed), so
          there are no changes to list.
        </p>
      )}
    </>
  );
}
