"use client";

// A client component: the root layout embeds the 404 tree in every page's RSC payload, as one reference.
import { Link } from "./link";

/** The 404 page: what happened, a search box and the main sections. */
export function NotFoundBody() {
  return (
    <div className="mx-auto max-w-xl py-10">
      <h1 className="mb-2 text-2xl font-bold">Page not found</h1>
      <p className="mb-4 text-slate-700 dark:text-slate-300">
        There is no stack, technology or layer at this address. It may have been renamed when its
        document changed.
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not yet in every browser we serve */}
      <form action="/" method="get" role="search" className="mb-6 flex gap-2">
        <label htmlFor="nf-search" className="sr-only">
          Search stacks
        </label>
        <input
          id="nf-search"
          name="q"
          type="search"
          placeholder="Search stacks and technologies"
          className="flex-1 rounded-md border border-slate-300 px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
        />
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-2 text-white">
          Search
        </button>
      </form>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <Link href="/" className="text-brand-700 underline dark:text-blue-300">
            All stacks
          </Link>
        </li>
        <li>
          <Link href="/technologies" className="text-brand-700 underline dark:text-blue-300">
            Technologies by layer
          </Link>
        </li>
        <li>
          <Link href="/compare" className="text-brand-700 underline dark:text-blue-300">
            Compare stacks
          </Link>
        </li>
      </ul>
    </div>
  );
}
