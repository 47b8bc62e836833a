// The scripts' flags, read with node:util's parseArgs; a bad flag prints the usage and exits 2.
import { type ParseArgsConfig, parseArgs } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Flags and paths of a script; on a flag it does not know, or one missing its value, the usage. */
export function readArgs<O extends Options>(options: O, usage: string) {
  try {
    return parseArgs({ options, allowPositionals: true, strict: true });
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\nusage: ${usage}`);
    process.exit(2);
  }
}

/** --strict or CI=true stops a build on content errors; --lenient builds known-broken content anyway. */
export function isStrict(args = process.argv.slice(2)): boolean {
  const { values } = parseArgs({
    args,
    options: { strict: { type: "boolean" }, lenient: { type: "boolean" } },
    strict: false,
    allowPositionals: true,
  });
  return !values.lenient && (values.strict === true || process.env.CI === "true");
}
