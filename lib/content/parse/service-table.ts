import { toLayerId } from "../layers";
import type { LayerId } from "../schema";
import { parseCompound } from "./compound";
import type { Extraction, Section } from "./context";
import type { Grid } from "./grid";
import { SERVICE } from "./headings";
import { cleanLabel } from "./text";

// A first column that names parts of a system: "Service", "Component name", "App", "服务".
const SERVICE_HEADER =
  /^(services?|service name|components?|component name|apps?|applications?|modules?|microservices?|systems?|projects?|packages?|服务|组件|模块|サービス|コンポーネント|서비스|컴포넌트|сервис|компонент|servicio|componente|serviço|dienst|komponente|composant|usługa|serwis|servizio)$/i;

/**
 * `| Service | Language | Framework | Database |`: one row per service, one column per layer.
 * Each row becomes a stack of its own. True when the table was read that way.
 */
export function extractServiceTable(ex: Extraction, grid: Grid, section: Section): boolean {
  const layers = grid.headers.map((h, i) => (i === 0 ? undefined : toLayerId(cleanLabel(h))));
  const layerColumns = layers.filter(Boolean).length;
  const named = grid.rows.filter((r) => SERVICE.test(cleanLabel(r.cells[0] ?? ""))).length;
  const header = SERVICE_HEADER.test(cleanLabel(grid.headers[0] ?? ""));
  // A table headed "Service" is one even with a single row: that row names a service, not a product.
  if (!(header || named >= 2) || layerColumns < 2) return false;
  for (const row of grid.rows) {
    const title = cleanLabel(row.cells[0] ?? "");
    if (!title) continue;
    const key = `block:${ex.stacks.size + 1}`;
    ex.stacks.set(key, {
      key,
      title,
      line: row.line,
      tags: [],
      kind: "stack",
      parentKey: section.stackKey,
    });
    row.cells.forEach((cell, i) => {
      const layer = layers[i] as LayerId | undefined;
      if (!layer || !cell.trim()) return;
      const atoms = parseCompound(cell, {
        registry: ex.registry,
        allowUnknown: true,
        scanProse: true,
        position: true,
      });
      const labelText = cleanLabel(grid.headers[i]);
      ex.add(atoms, {
        section,
        line: row.line,
        role: ex.defaultRole(section),
        labelLayer: layer,
        labelText,
        stackKey: key,
      });
    });
  }
  return true;
}
