import { parseArgs, type ParseArgsConfig } from "node:util";

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/**
 * A command's arguments read strictly: words it does not take print the usage and exit 1,
 * `--help` prints it and exits 0. Positionals are allowed (the caller counts them) unless `positionals` is false.
 */
export function readArguments<const Options extends OptionsConfig>(
  options: Options,
  usage: string,
  { positionals = true }: { positionals?: boolean } = {},
) {
  const config = {
    allowPositionals: positionals,
    strict: true,
    options: { ...options, help: { type: "boolean", short: "h" } },
  } as const;
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(1);
  }
  // `help` is the one option every command has; the generic result type cannot name it.
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}
