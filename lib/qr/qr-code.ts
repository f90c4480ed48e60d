import QRCode from "qrcode";

// QR codes as SVG path data, drawn on the server: no script and no image request on the
// page, and sharp at any size a screen or a printed poster gives them.

/** The light border QR readers need around the symbol, in modules (ISO/IEC 18004 asks for 4). */
export const QUIET_ZONE = 4;

/** A QR symbol: dark modules as one SVG path in a square of `size` modules, quiet zone included. */
export interface QrSymbol {
  size: number;
  path: string;
}

/**
 * The modules of the QR code for a text, row by row (true = dark). Level M recovers from
 * 15% damage: enough for a screen seen at an angle or a creased poster, with a symbol
 * small enough for a URL to stay easy to scan.
 */
export function qrModules(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1),
  );
}

/** The symbol for a text as SVG path data, each run of dark modules in a row one rectangle. */
export function qrSymbol(text: string): QrSymbol {
  const rows = qrModules(text);
  const parts: string[] = [];
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length;) {
      if (!row[x]) {
        x++;
        continue;
      }
      let run = 1;
      while (row[x + run]) run++;
      parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`);
      x += run;
    }
  });
  return { size: rows.length + 2 * QUIET_ZONE, path: parts.join("") };
}
