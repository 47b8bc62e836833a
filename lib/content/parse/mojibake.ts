// Hand-written on purpose: it repairs one line at a time, and only where re-encoding as Windows-1252 gives valid UTF-8; decoders (iconv-lite, TextDecoder) convert whole texts blindly.
// Windows-1252 maps these code points to bytes 0x80–0x9F; everything else in U+0080–U+00FF is Latin-1.
const CP1252: Record<number, number> = {
  8364: 0x80,
  8218: 0x82,
  402: 0x83,
  8222: 0x84,
  8230: 0x85,
  8224: 0x86,
  8225: 0x87,
  710: 0x88,
  8240: 0x89,
  352: 0x8a,
  8249: 0x8b,
  338: 0x8c,
  381: 0x8e,
  8216: 0x91,
  8217: 0x92,
  8220: 0x93,
  8221: 0x94,
  8226: 0x95,
  8211: 0x96,
  8212: 0x97,
  732: 0x98,
  8482: 0x99,
  353: 0x9a,
  8250: 0x9b,
  339: 0x9c,
  382: 0x9e,
  376: 0x9f,
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
