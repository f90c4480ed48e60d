// Strict validation against the c3voc schedule.xml.xsd with libxml2 (xmllint
// compiled to WebAssembly), so tests check exports with a real XSD validator.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { memoryPages, validateXML } from "xmllint-wasm";

// A copy of the c3voc schema kept with the tests (EUPL 1.2, see tests/fixtures/README.md).
const schemaFile = path.resolve(import.meta.dirname, "../fixtures/c3voc/schedule.xml.xsd");
let schema: Promise<string> | undefined;

/** The validator's messages for the document; empty when it is valid. */
export async function validateScheduleXml(xml: string): Promise<string[]> {
  schema ??= readFile(schemaFile, "utf8");
  const result = await validateXML({
    xml: [{ fileName: "schedule.xml", contents: xml }],
    schema: [{ fileName: "schedule.xml.xsd", contents: await schema }],
    maxMemoryPages: 256 * memoryPages.MiB,
  });
  if (result.valid) return [];
  return result.errors.length > 0
    ? result.errors.map((e) => e.rawMessage)
    : [result.rawOutput || "invalid, without a message"];
}
