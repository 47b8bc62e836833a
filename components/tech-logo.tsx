/**
 * A technology's logo tile, decorative beside its name: a symbol of the one sprite the build wrote
 * (public/logos/sprite.svg), so a page of logos costs one request and nothing in JavaScript.
 */
export function TechLogo({ id, size = 16 }: { id: string; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      aria-hidden="true"
      data-logo={id}
      className="mr-1.5 inline-block shrink-0 align-[-3px]"
    >
      <use href={`/logos/sprite.svg#${encodeURIComponent(id)}`} />
    </svg>
  );
}
