import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { THEME_SCRIPT } from "@/lib/ui/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Stack Atlas — tech-stack decision catalog", template: "%s · Stack Atlas" },
  description:
    "Browse, search, filter and compare the technology stacks teams wrote down in Markdown.",
  // Feed readers find the decision changes from any page.
  alternates: {
    types: { "application/atom+xml": [{ url: "/changes.xml", title: "Decision changes" }] },
  },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1220" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own constant theme script, run before paint */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <SiteHeader />
        <main id="main">{children}</main>
        <footer className="site-footer">
          Stack Atlas reads Markdown stack documents at build time.{" "}
          <a className="underline" href="/catalog.json">
            catalog.json
          </a>
        </footer>
      </body>
    </html>
  );
}
