/** Where a technology's tile is served: /logos/<id>.svg, written by lib/logos/write.ts. */
export const logoUrlOf = (id: string): string => `/logos/${encodeURIComponent(id)}.svg`;
