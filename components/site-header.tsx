"use client";

import { Link } from "./link";
import { ThemeToggle } from "./theme-toggle";

const NAV = [
  { href: "/", label: "Stacks" },
  { href: "/technologies", label: "Technologies" },
  { href: "/layers", label: "Layers" },
  { href: "/compare", label: "Compare" },
  { href: "/radar", label: "Radar" },
  { href: "/changes", label: "Changes" },
];

// A client component without props is one reference in every page's RSC payload, not its markup.
/** Skip link, site name, main navigation and the theme switch, the same on every page. */
export function SiteHeader() {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
        <div className="mx-auto flex max-w-7xl items-center gap-4 px-4 py-2">
          <Link href="/" className="font-semibold tracking-tight text-brand-700 dark:text-blue-300">
            Stack Atlas
          </Link>
          <nav aria-label="Main" className="flex flex-1 flex-wrap gap-1 text-sm">
            {NAV.map((n) => (
              <Link
                key={n.href}
                href={n.href}
                className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
              >
                {n.label}
              </Link>
            ))}
          </nav>
          <ThemeToggle />
        </div>
      </header>
    </>
  );
}
