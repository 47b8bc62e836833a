import type { Kind, Role } from "../content/schema";

export const ROLE_LABELS: Record<Role, string> = {
  primary: "primary",
  alternative: "alternative",
  option: "option",
  planned: "planned",
  example: "example",
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
