import { z } from "zod";
import { DECISION_STATUSES, KINDS, LAYER_IDS, ROLES, SEVERITIES } from "./constants";
import { diagnosticSchema } from "./diagnostics";

export { DECISION_STATUSES, KINDS, LAYER_IDS, ROLES, SEVERITIES };

export const decisionStatusSchema = z.enum(DECISION_STATUSES);
export type DecisionStatus = z.infer<typeof decisionStatusSchema>;

export const layerIdSchema = z.enum(LAYER_IDS);
export type LayerId = z.infer<typeof layerIdSchema>;

export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const kindSchema = z.enum(KINDS);
export type Kind = z.infer<typeof kindSchema>;

export const choiceSchema = z.object({
  /** Canonical technology id from the registry, or a slug of the name when unknown. */
  technology: z.string().min(1),
  /** Display name: the registry's name when known, else as written. */
  name: z.string().min(1),
  /** Version as written (`5.9.3`, `~3.12`, `16+`), when the document gives one. */
  version: z.string().optional(),
  /** How the document treats this choice. */
  role: roleSchema,
  /** What the technology is used for, in the document's words. */
  purpose: z.string().optional(),
  /** Why it was chosen, in the document's words. */
  rationale: z.string().optional(),
  /** Names the document lists as alternatives to this choice. */
  alternatives: z.array(z.string()).default([]),
  /** Canonical layer this choice belongs to. */
  layer: layerIdSchema,
  /** What it does inside its layer: a slot id from content/slots.json (`database`, `orm`, `auth`). */
  slot: z.string().min(1),
  /** The document's own label for it, as written (a category cell, a list label), when it gave one. */
  label: z.string().optional(),
  /** 1-based line in the source file. */
  line: z.number().int().positive(),
  /** The text as written, trimmed to the part that names this choice. */
  raw: z.string(),
  /** False when the registry does not know the technology. */
  known: z.boolean().default(true),
});
export type Choice = z.infer<typeof choiceSchema>;

export const layerSchema = z.object({
  /** One of the canonical layer ids. */
  id: layerIdSchema,
  /** The label as the document wrote it (or the canonical name). */
  label: z.string(),
  /** Choices in document order. */
  choices: z.array(choiceSchema),
});
export type Layer = z.infer<typeof layerSchema>;

export const sourceSchema = z.object({
  /** Path of the document, relative to the content folder. */
  file: z.string(),
  /** 1-based line where this stack starts. */
  line: z.number().int().positive(),
});

export const stackSchema = z.object({
  /** Unique, URL-safe id. */
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Human title. */
  title: z.string().min(1),
  /** One or two sentences about the stack. */
  summary: z.string().default(""),
  /** What kind of document this stack came from. */
  kind: kindSchema,
  /** Free tags from frontmatter or inferred from headings. */
  tags: z.array(z.string()).default([]),
  /** ISO date (or year-month) when known. */
  updated: z.string().optional(),
  /** Where the stack was read from. */
  source: sourceSchema,
  /** Layers in canonical order; only those with choices. */
  layers: z.array(layerSchema),
  /** Free notes: the document's own "why" sections and similar prose. */
  notes: z.array(z.string()).default([]),
  /** Slug of the document-level stack this one was found in, for stacks named inside a collection. */
  parent: z.string().optional(),
  /** For a decision record: whether the decision is proposed, accepted, deprecated or superseded. */
  status: decisionStatusSchema.optional(),
  /** What tells this stack apart from another with the same title (its subject, or its file). */
  distinct: z.string().optional(),
});
export type Stack = z.infer<typeof stackSchema>;

export { type Diagnostic, type DiagnosticCode, diagnosticSchema } from "./diagnostics";

export const parseResultSchema = z.object({
  stacks: z.array(stackSchema),
  diagnostics: z.array(diagnosticSchema),
});
export type ParseResult = z.infer<typeof parseResultSchema>;

/** Frontmatter a document may carry; unknown keys are kept but ignored. */
export const frontmatterSchema = z.looseObject({
  title: z.string().min(1).optional(),
  summary: z.string().optional(),
  description: z.string().optional(),
  tags: z.union([z.array(z.coerce.string()), z.string()]).optional(),
  kind: kindSchema.optional(),
  updated: z.union([z.string(), z.date()]).optional(),
  date: z.union([z.string(), z.date()]).optional(),
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and dashes")
    .optional(),
  layers: z
    .partialRecord(layerIdSchema, z.union([z.array(z.coerce.string()), z.string()]))
    .optional(),
});
export type Frontmatter = z.infer<typeof frontmatterSchema>;

export const technologySchema = z.object({
  /** Canonical id, kebab-case. */
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  /** Display name. */
  name: z.string().min(1),
  /** The layer this technology belongs to. */
  layer: layerIdSchema,
  /** Other names it is written as. */
  aliases: z.array(z.string()).default([]),
  /** One-line factual description. */
  description: z.string().default(""),
  /** Official homepage. */
  homepage: z.string().default(""),
  /** The name is also an everyday word: only recognised in prose when bold or code. */
  ambiguous: z.boolean().default(false),
  /** The name is also an everyday modifier (Local, Serverless): leading a phrase it only describes it. */
  describing: z.boolean().default(false),
  /** The simple-icons slug of its logo, when simple-icons has one. */
  icon: z.string().optional(),
  /** Its default slot (what it does inside its layer), from content/slots.json. */
  slot: z.string().optional(),
});
export type Technology = z.infer<typeof technologySchema>;

export const registryFileSchema = z.object({
  technologies: z.array(technologySchema),
});

export const slotSchema = z.object({
  /** Kebab-case id, unique across layers. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The layer this slot belongs to. */
  layer: layerIdSchema,
  /** Display label. */
  label: z.string().min(1),
  /** Pattern (case-insensitive) matching a document's label or a technology's description, in every language read. */
  words: z.string(),
  /** The layer's broad slot ("Web framework"): a label naming it does not override a technology's own slot. */
  generic: z.boolean().default(false),
});
export type Slot = z.infer<typeof slotSchema>;

export const slotsFileSchema = z.object({ slots: z.array(slotSchema) });
