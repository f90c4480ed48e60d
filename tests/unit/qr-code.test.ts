import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { QUIET_ZONE, qrModules, qrSymbol } from "@/lib/qr/qr-code";

/** The SVG path back to a bit matrix: what a reader sees of the drawn symbol, quiet zone included. */
function matrixOfPath({ size, path }: { size: number; path: string }): boolean[][] {
  const matrix = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const shape = /M(\d+) (\d+)h(\d+)v1h-(\d+)z/g;
  let consumed = 0;
  for (const m of path.matchAll(shape)) {
    const [x, y, run, back] = m.slice(1).map(Number) as [number, number, number, number];
    expect(back).toBe(run);
    for (let i = 0; i < run; i++) matrix[y]![x + i] = true;
    consumed += m[0].length;
  }
  // Nothing in the path but the rectangles read above.
  expect(consumed).toBe(path.length);
  return matrix;
}

/** Decodes a matrix as a camera would: scaled up to pixels, black on white, read by jsQR. */
function decode(matrix: boolean[][], scale = 8): string | null {
  const side = matrix.length * scale;
  const pixels = new Uint8ClampedArray(side * side * 4);
  for (let py = 0; py < side; py++)
    for (let px = 0; px < side; px++) {
      const value = matrix[Math.floor(py / scale)]![Math.floor(px / scale)] ? 0 : 255;
      pixels.set([value, value, value, 255], (py * side + px) * 4);
    }
  return jsQR(pixels, side, side)?.data ?? null;
}

const sessionUrl = "https://podium.example.org/china-netav-2017/sessions/d409ee8f-6121-5db5-960c-f52bead6acb0";

describe("QR codes", () => {
  it("draws a symbol whose payload is the session's address", () => {
    expect(decode(matrixOfPath(qrSymbol(sessionUrl)))).toBe(sessionUrl);
  });

  it("keeps a four-module quiet zone around the symbol", () => {
    const symbol = qrSymbol(sessionUrl);
    const modules = qrModules(sessionUrl);
    const drawn = matrixOfPath(symbol);
    expect(symbol.size).toBe(modules.length + 2 * QUIET_ZONE);
    for (let i = 0; i < symbol.size; i++)
      for (const edge of [0, 1, 2, 3, symbol.size - 4, symbol.size - 3, symbol.size - 2, symbol.size - 1]) {
        expect(drawn[edge]![i]).toBe(false);
        expect(drawn[i]![edge]).toBe(false);
      }
    // Inside the border, exactly the encoder's modules.
    expect(drawn.slice(QUIET_ZONE, -QUIET_ZONE).map((row) => row.slice(QUIET_ZONE, -QUIET_ZONE))).toEqual(modules);
  });

  it("encodes any text as UTF-8, Chinese included, and long addresses in a larger version", () => {
    const chinese = "https://podium.example.org/网络剧高峰论坛?q=咪咕";
    expect(decode(matrixOfPath(qrSymbol(chinese)))).toBe(chinese);
    const long = `${sessionUrl}?${"x".repeat(300)}`;
    expect(qrModules(long).length).toBeGreaterThan(qrModules(sessionUrl).length);
    expect(decode(matrixOfPath(qrSymbol(long)), 4)).toBe(long);
  });

  it("is deterministic: the same address gives the same bytes, so a rendered page stays the same", () => {
    expect(qrSymbol(sessionUrl)).toEqual(qrSymbol(sessionUrl));
  });
});
