/** The id of a choice's row on its stack page: `choice-data-postgresql`. */
export function choiceAnchor(layer: string, technology: string): string {
  return `choice-${layer}-${technology}`;
}

/** A link to one choice on its stack page, for the layers matrix. */
export function choiceHref(slug: string, layer: string, technology: string): string {
  return `/stacks/${slug}#${choiceAnchor(layer, technology)}`;
}
