// The parser's one public entry: code outside lib/content/parse/ imports from here only.
export type { Atom, CompoundOptions } from "./compound";
export { parseCompound } from "./compound";
export { parseDocument } from "./document";
export { readFrontmatter } from "./frontmatter";
export type { Labelled } from "./labels";
export { splitLabel } from "./labels";
export { fixMojibake } from "./mojibake";
export { type Repaired, repairText } from "./repair";
