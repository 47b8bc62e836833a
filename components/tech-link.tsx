import { Link } from "@/components/link";
import { TechLogo } from "./tech-logo";

// Names that are also the generic words search engines flag as link text ("Go").
const GENERIC = new Set(["go", "here", "more", "start", "next", "click", "link", "this", "read"]);

/** A link to a technology's page with its logo; a name like "Go" gets a hidden word so the link says what it is. */
export function TechLink({
  id,
  name,
  className,
  logo = true,
}: {
  id: string;
  name: string;
  className?: string;
  logo?: boolean;
}) {
  return (
    // No className key at all when there is none: "$undefined" would repeat in every row's payload.
    <Link href={`/technologies/${id}`} {...(className ? { className } : {})}>
      {logo ? <TechLogo id={id} /> : null}
      {name}
      {GENERIC.has(name.toLowerCase()) ? <span className="sr-only"> (technology)</span> : null}
    </Link>
  );
}
