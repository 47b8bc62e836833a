// Plain constants shared by the records and the browser: no zod here, so client code stays small.

/** Canonical layer ids, in the order pages show them. */
export const LAYER_IDS = [
  "language",
  "frontend",
  "backend",
  "data",
  "messaging",
  "ai",
  "security",
  "infra",
  "delivery",
  "observability",
  "testing",
  "tooling",
  "integrations",
] as const;

export const ROLES = ["primary", "alternative", "option", "planned", "example"] as const;

export const KINDS = ["stack", "guide", "template", "collection"] as const;

export const SEVERITIES = ["error", "warning", "info"] as const;

/** Where an architecture decision stands (MADR / Nygard statuses). */
export const DECISION_STATUSES = [
  "proposed",
  "accepted",
  "rejected",
  "deprecated",
  "superseded",
] as const;

/** Whether a string (an address parameter, a route segment) is a canonical layer id. */
export function isLayerId(value: string): value is (typeof LAYER_IDS)[number] {
  return (LAYER_IDS as readonly string[]).includes(value);
}

export function isKind(value: string): value is (typeof KINDS)[number] {
  return (KINDS as readonly string[]).includes(value);
}
