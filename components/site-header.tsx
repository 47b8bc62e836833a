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
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="site-header">
        <div>
          <Link href="/" className="site-name">
            Stack Atlas
          </Link>
          <nav aria-label="Main" className="site-nav">
            {NAV.map((n) => (
              <Link key={n.href} href={n.href}>
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
