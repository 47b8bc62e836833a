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

/** "Chosen over" / "passed over for": who weighed this technology against which, and why. */
export function DecisionList({ id, title, decisions, other, empty, hasVersus }: Props) {
  const headingId = `${other}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-2 font-semibold">
        {title}
      </h2>
      {decisions.length ? (
        <ul className="space-y-2">
          {decisions.slice(0, 30).map((d) => (
            <li key={`${d.slug}-${d.chosen.id}-${d.over.id}`}>
              <Link
                href={
                  hasVersus(id, d[other].id)
                    ? versusHref(id, d[other].id)
                    : `/technologies/${d[other].id}`
                }
                className="text-brand-700 underline dark:text-blue-300"
              >
                {d[other].name}
              </Link>{" "}
              <span className="text-slate-600 dark:text-slate-400">
                in{" "}
                <Link href={`/stacks/${d.slug}`} className="underline">
                  {d.title}
                </Link>
              </span>
              {d.reason ? <p className="text-slate-700 dark:text-slate-300">{d.reason}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-600 dark:text-slate-400">{empty}</p>
      )}
    </section>
  );
}
