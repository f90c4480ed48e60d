import { v5 as uuidV5 } from "uuid";

// Podium's own UUIDs, derived from a key so the same key gives the same guid every time.
// Imports and exports keep separate namespaces: a guid an export derives never meets one an import derived.

const IMPORT_NAMESPACE = "6f1d4c3e-8a0b-5b7e-9f2a-3c4d5e6f7a8b";
const EXPORT_NAMESPACE = "4f9a3c52-8b1e-5d7a-9c2e-6a0b3f1d8e47";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// uuid hashes the key's UTF-8 bytes, which a lone surrogate (a room name cut mid-character) has none of.
const wellFormed = (key: string) => key.replace(LONE_SURROGATE, "\uFFFD");

export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);

/** The guid an import gives what a file identifies by something else (an id, a UID, a slug). */
export const derivedGuid = (key: string): string => uuidV5(wellFormed(key), IMPORT_NAMESPACE);

/** The guid an export gives what has none the schemas take (events, rooms, forums, people). */
export const exportGuid = (key: string): string => uuidV5(wellFormed(key), EXPORT_NAMESPACE);
