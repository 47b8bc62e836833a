// Windows-1252 maps these code points to bytes 0x80–0x9F; everything else in U+0080–U+00FF is Latin-1.
const CP1252: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};
// Bytes Windows-1252 leaves undefined: a decoder drops them, so a repair may have to guess one back.
const UNDEFINED_BYTES = [0x8f, 0x9d, 0x81, 0x8d, 0x90];
const SIGNATURE = /[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u2122]/;
const decoder = new TextDecoder("utf-8", { fatal: true });

function toByte(ch: string): number | undefined {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x80 && cp <= 0xff) return cp;
  return CP1252[cp];
}

function seqLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function tryDecode(bytes: number[]): string | undefined {
  try {
    return decoder.decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

/** Restores text whose UTF-8 bytes were read as Windows-1252 (`â€“` → `–`); returns undefined when nothing changed. */
export function fixMojibake(line: string): string | undefined {
  if (!SIGNATURE.test(line)) return undefined;
  const chars = Array.from(line);
  let out = "";
  let changed = false;
  for (let i = 0; i < chars.length; ) {
    const lead = toByte(chars[i]);
    const need = lead === undefined ? 0 : seqLength(lead);
    if (!need || lead === undefined) {
      out += chars[i++];
      continue;
    }
    const bytes = [lead];
    let j = i + 1;
    while (bytes.length < need && j < chars.length) {
      const b = toByte(chars[j]);
      if (b === undefined || b < 0x80 || b > 0xbf) break;
      bytes.push(b);
      j++;
    }
    let decoded = bytes.length === need ? tryDecode(bytes) : undefined;
    if (!decoded && bytes.length === need - 1 && bytes.length >= 2) {
      // Prefer a guess that yields a visible character: `â€` + lost 0x9D is ”, not an invisible mark.
      const guesses = UNDEFINED_BYTES.map((g) => tryDecode([...bytes, g])).filter(
        (d): d is string => Boolean(d),
      );
      decoded = guesses.find((d) => !/^[\p{Cf}\p{Cc}]$/u.test(d)) ?? guesses[0];
    }
    if (decoded) {
      out += decoded;
      changed = true;
      i = j;
    } else out += chars[i++];
  }
  return changed ? out : undefined;
}
