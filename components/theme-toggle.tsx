"use client";

import { useEffect, useState } from "react";

/** Switches light/dark; the choice is remembered, and until then the system setting rules. */
export function ThemeToggle() {
  const [dark, setDark] = useState<boolean | undefined>(undefined);
  useEffect(() => setDark(document.documentElement.classList.contains("dark")), []);
  const toggle = () => {
    const next = !document.documentElement.classList.contains("dark");
    document.documentElement.classList.toggle("dark", next);
    try {
      localStorage.setItem("theme", next ? "dark" : "light");
    } catch {
      // Private mode: the toggle still works for this page.
    }
    setDark(next);
  };
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark ?? false}
      aria-label="Dark theme"
      className="theme-toggle"
    >
      {dark ? "☾ Dark" : "☀ Light"}
    </button>
  );
}
