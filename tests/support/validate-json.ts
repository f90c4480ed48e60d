import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import draft06 from "ajv/dist/refs/json-schema-draft-06.json";

// Copies of the c3voc schedule schemas kept with the tests (EUPL 1.2, see tests/fixtures/README.md).
const schemaDir = path.resolve(import.meta.dirname, "../fixtures/c3voc");
const files = { schema: "schema.json", schema2: "schema2.json" } as const;

let validators: Record<keyof typeof files, ValidateFunction> | undefined;

function compile(): Record<keyof typeof files, ValidateFunction> {
  // Both schemas declare draft-06. `strict: false` lets Ajv pass over their own keywords
  // (`$oneOf`, `$TODO`, `$todo`, `value`, a root `version`); formats stay checked, and
  // the one the schemas use that ajv-formats lacks, `color`, is defined here as `#rrggbb`.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  ajv.addMetaSchema(draft06);
  addFormats(ajv);
  ajv.addFormat("color", /^#[0-9a-fA-F]{6}$/);
  const load = (file: string) => JSON.parse(readFileSync(path.join(schemaDir, file), "utf8")) as object;
  return { schema: ajv.compile(load(files.schema)), schema2: ajv.compile(load(files.schema2)) };
}

/** The schema's complaints about a schedule JSON text, `/path: message` each; empty when it validates. */
export function validateScheduleJson(json: string, which: "schema" | "schema2"): string[] {
  validators ??= compile();
  const validate = validators[which];
  if (validate(JSON.parse(json))) return [];
  return (validate.errors ?? []).map(
    (e) =>
      `${e.instancePath || "/"}: ${e.message ?? e.keyword}${e.params && "additionalProperty" in e.params ? ` (${String(e.params.additionalProperty)})` : ""}`,
  );
}
