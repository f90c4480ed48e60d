import "server-only";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import subsetFont from "subset-font";

// Noto Sans SC (SIL OFL) as full TrueType files from the npm registry: Satori reads TTF, OTF
// and WOFF, not WOFF2. The whole font is 10 MB a weight, so each card gets a subset of just
// the characters it shows (harfbuzz's hb-subset, as wasm), a few dozen KB.

const FONT_DIR = join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc");
const FILES = { 400: "400Regular/NotoSansSC_400Regular.ttf", 700: "700Bold/NotoSansSC_700Bold.ttf" } as const;

export type CardWeight = keyof typeof FILES;

export interface CardFont {
  name: string;
  data: ArrayBuffer;
  weight: CardWeight;
  style: "normal";
}

export const CARD_FONT_FAMILY = "Noto Sans SC";

// Read once per process, on the first card: pages that never draw a card never pay for it.
const whole = new Map<CardWeight, Promise<Buffer>>();

function wholeFont(weight: CardWeight): Promise<Buffer> {
  let font = whole.get(weight);
  if (!font) {
    font = readFile(join(FONT_DIR, FILES[weight]));
    font.catch(() => whole.delete(weight));
    whole.set(weight, font);
  }
  return font;
}

/** The font at a weight with only the characters of `glyphs` (lib/share/fit-text.ts's glyphSet). */
export async function subsetCardFont(weight: CardWeight, glyphs: string): Promise<CardFont> {
  const subset = await subsetFont(await wholeFont(weight), glyphs, { targetFormat: "truetype" });
  const data = subset.buffer.slice(subset.byteOffset, subset.byteOffset + subset.byteLength) as ArrayBuffer;
  return { name: CARD_FONT_FAMILY, data, weight, style: "normal" };
}
