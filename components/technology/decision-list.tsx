import { Link } from "@/components/link";
import { type Decision, versusHref } from "@/lib/content/decisions";

interface Props {
  id: string;
  title: string;
  decisions: Decision[];
  /** Which side of each decision to name: the technology it was chosen over, or the one chosen instead. */
  other: "over" | "chosen";
  empty: string;
  /** Whether a comparison page exists for the pair; the other technology's own page is linked otherwise. */
  hasVersus: (a: string, b: string) => boolean;
}

// The comparison pages and the stack pages hold every decision; the side column shows the first few.
const MAX_DECISIONS = 12;

/** "Chosen over" / "passed over for": who weighed this technology against which, and why. */
export function DecisionList({ id, title, decisions, other, empty, hasVersus }: Props) {
  const headingId = `${other}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {decisions.length ? (
        <ul className="side-list">
          {decisions.slice(0, MAX_DECISIONS).map((d) => (
            <li key={`${d.slug}-${d.chosen.id}-${d.over.id}`}>
              <Link
                href={
                  hasVersus(id, d[other].id)
                    ? versusHref(id, d[other].id)
                    : `/technologies/${d[other].id}`
                }
              >
                {d[other].name}
              </Link>{" "}
              <span className="muted">
                in <Link href={`/stacks/${d.slug}`}>{d.title}</Link>
              </span>
              {d.reason ? <p>{d.reason}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{empty}</p>
      )}
    </section>
  );
}
