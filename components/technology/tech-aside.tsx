import { Link } from "@/components/link";
import { TechLink } from "@/components/tech-link";
import type { TechnologyDetail } from "@/lib/content/aggregate";
import { type Decision, versusHref } from "@/lib/content/decisions";
import { DecisionList } from "./decision-list";

interface Props {
  t: TechnologyDetail;
  decisions: { chosenOver: Decision[]; passedOverFor: Decision[] };
  peers: Array<{ id: string; name: string }>;
  hasVersus: (a: string, b: string) => boolean;
}

/** The side column: decisions it won and lost, comparisons, what it is used with, its alternatives. */
export function TechAside({ t, decisions, peers, hasVersus }: Props) {
  return (
    // Styled by .tech-aside in app/globals.css: its lists repeat on 1,000s of pages.
    <aside className="tech-aside">
      <DecisionList
        id={t.id}
        title="Chosen over"
        decisions={decisions.chosenOver}
        other="over"
        hasVersus={hasVersus}
        empty={`No document records choosing ${t.name} over another option.`}
      />
      <DecisionList
        id={t.id}
        title="Passed over for"
        decisions={decisions.passedOverFor}
        other="chosen"
        hasVersus={hasVersus}
        empty={`No document records passing ${t.name} over.`}
      />
      {peers.length ? (
        <section aria-labelledby="versus-heading">
          <h2 id="versus-heading">Compare with</h2>
          <ul>
            {peers.slice(0, 8).map((p) => (
              <li key={p.id}>
                <Link href={versusHref(t.id, p.id)}>
                  {t.name} vs {p.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <UsedWith t={t} />
      <Alternatives t={t} />
    </aside>
  );
}

function UsedWith({ t }: { t: TechnologyDetail }) {
  return (
    <section aria-labelledby="with-heading">
      <h2 id="with-heading">Most often used with</h2>
      {t.usedWith.length ? (
        <ul>
          {t.usedWith.map((w) => (
            <li key={w.id}>
              <TechLink id={w.id} name={w.name} /> <span className="muted">{`(${w.count})`}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Not chosen as primary alongside anything yet.</p>
      )}
    </section>
  );
}

function Alternatives({ t }: { t: TechnologyDetail }) {
  return (
    <section aria-labelledby="alt-heading">
      <h2 id="alt-heading">Listed alternatives</h2>
      {t.alternatives.length ? (
        <ul>
          {t.alternatives.map((a) => (
            <li key={a.name}>
              {a.id ? <TechLink id={a.id} name={a.name} /> : a.name}{" "}
              <span className="muted">{`(${a.count})`}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No document lists alternatives to it.</p>
      )}
    </section>
  );
}
