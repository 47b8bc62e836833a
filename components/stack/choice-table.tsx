import { LAYER_NAMES } from "@/lib/content/layers";
import type { Layer } from "@/lib/content/schema";
import { choiceAnchor } from "@/lib/ui/anchors";
import { RoleBadge } from "../badges";
import { TechLink } from "../tech-link";

/** The document's own words for a choice, when they say more than the row's slot and its section. */
const saysMore = (label: string | undefined, shown: string[]): label is string =>
  !!label && !shown.some((s) => s.toLowerCase() === label.toLowerCase());

interface Props {
  layer: Layer;
  /** Slot ids in the taxonomy's order, and their labels. */
  slotOrder: string[];
  slotLabel: (id: string) => string;
}

/**
 * A layer's choices grouped by what each is for. On phones each row becomes a small card, so the
 * purpose and rationale stay in view instead of behind a sideways scroll (the cell labels come from
 * app/globals.css by column, not from an attribute repeated on every cell; so do the slot and
 * version columns' styles).
 */
export function ChoiceTable({ layer, slotOrder, slotLabel }: Props) {
  const rank = (slot: string) => {
    const i = slotOrder.indexOf(slot);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const choices = [...layer.choices].sort((a, b) => rank(a.slot) - rank(b.slot));
  // The first row of each technology is what the layers matrix links to.
  const first = choices.map(
    (c, i) => choices.findIndex((d) => d.technology === c.technology) === i,
  );
  return (
    <table className="data-table stack-choices">
      <thead>
        <tr>
          <th scope="col">For</th>
          <th scope="col">Technology</th>
          <th scope="col">Version</th>
          <th scope="col">Role</th>
          <th scope="col">Purpose &amp; rationale</th>
          <th scope="col">Alternatives</th>
        </tr>
      </thead>
      <tbody>
        {choices.map((c, i) => (
          <tr
            key={`${c.technology}-${c.line}`}
            id={first[i] ? choiceAnchor(layer.id, c.technology) : undefined}
            data-slot={c.slot}
          >
            <td>
              {i === 0 || choices[i - 1].slot !== c.slot ? slotLabel(c.slot) : ""}
              {saysMore(c.label, [slotLabel(c.slot), LAYER_NAMES[layer.id]]) ? (
                <span className="muted">{`“${c.label}”`}</span>
              ) : null}
            </td>
            <td>
              <TechLink id={c.technology} name={c.name} />
            </td>
            <td>{c.version ?? ""}</td>
            <td>
              <RoleBadge role={c.role} />
            </td>
            <td>
              {c.purpose}
              {c.rationale ? <span className="muted">{`Why: ${c.rationale}`}</span> : null}
            </td>
            <td>{c.alternatives.join(", ")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
