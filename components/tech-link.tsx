import { Link } from "@/components/link";

// Names that are also the generic words search engines flag as link text ("Go").
const GENERIC = new Set(["go", "here", "more", "start", "next", "click", "link", "this", "read"]);

/** A link to a technology's page; a name like "Go" gets a hidden word so the link says what it is. */
export function TechLink({
  id,
  name,
  className,
}: {
  id: string;
  name: string;
  className?: string;
}) {
  return (
    // No className key at all when there is none: "$undefined" would repeat in every row's payload.
    <Link href={`/technologies/${id}`} {...(className ? { className } : {})}>
      {name}
      {GENERIC.has(name.toLowerCase()) ? <span className="sr-only"> (technology)</span> : null}
    </Link>
  );
}
