import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { Link } from "@/components/link";
import { ThemeToggle } from "@/components/theme-toggle";
import { THEME_SCRIPT } from "@/lib/ui/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Stack Atlas — tech-stack decision catalog", template: "%s · Stack Atlas" },
  description:
    "Browse, search, filter and compare the technology stacks teams wrote down in Markdown.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1220" },
  ],
};

const NAV = [
  { href: "/", label: "Stacks" },
  { href: "/technologies", label: "Technologies" },
  { href: "/layers", label: "Layers" },
  { href: "/compare", label: "Compare" },
];

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own constant theme script, run before paint */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <header className="sticky top-0 z-40 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
          <div className="mx-auto flex max-w-7xl items-center gap-4 px-4 py-2">
            <Link
              href="/"
              className="font-semibold tracking-tight text-brand-700 dark:text-blue-300"
            >
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
        <main id="main" className="mx-auto max-w-7xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-7xl px-4 py-8 text-xs text-slate-600 dark:text-slate-400">
          Stack Atlas reads Markdown stack documents at build time.{" "}
          <a className="underline" href="/catalog.json">
            catalog.json
          </a>
        </footer>
      </body>
    </html>
  );
}
