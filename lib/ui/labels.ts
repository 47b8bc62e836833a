import type { Kind, Role } from "../content/schema";

export const ROLE_LABELS: Record<Role, string> = {
  primary: "primary",
  alternative: "alternative",
  option: "option",
  planned: "planned",
  example: "example",
};

export const ROLE_CLASSES: Record<Role, string> = {
  primary: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100",
  alternative: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
  option: "bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100",
  planned: "bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100",
  example: "bg-violet-100 text-violet-900 dark:bg-violet-900/60 dark:text-violet-100",
};

export const KIND_LABELS: Record<Kind, string> = {
  stack: "Stack",
  guide: "Guide",
  template: "Template",
  collection: "Collection",
};

/** A stack's title with what tells it apart from a namesake: "Tech Stack (Shop admin)". */
export function fullTitle(stack: { title: string; distinct?: string }): string {
  return stack.distinct ? `${stack.title} (${stack.distinct})` : stack.title;
}
