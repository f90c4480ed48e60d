import "server-only";
import { ImageResponse } from "next/og";
import { fitText, glyphSet, wrapText } from "@/lib/share/fit-text";
import type { ShareCard } from "@/lib/share/card-content";
import { CARD_FONT_FAMILY, subsetCardFont } from "./card-fonts";

// The layout of every share card: 1200×630, the size Open Graph and X's large summary
// card show without cropping. Text is broken into lines here (lib/share/fit-text.ts),
// so Satori never has to shrink or cut it.

export const CARD_SIZE = { width: 1200, height: 630 } as const;

const PAD_X = 80;
const TEXT_WIDTH = CARD_SIZE.width - 2 * PAD_X - 24;
const BRAND = "#3730a3";

interface Laid {
  eyebrow: string[];
  title: { fontSize: number; lines: string[] };
  lines: string[][];
  conference: string[];
  where: string[];
}

function layOut(card: ShareCard): Laid {
  const title = fitText(card.title, TEXT_WIDTH, 3, [68, 60, 52, 44]);
  // Fewer lines under a longer title, so the footer keeps its place.
  const room = 4 - title.lines.length;
  return {
    eyebrow: wrapText(card.eyebrow, TEXT_WIDTH / 28, 1),
    title,
    lines: card.lines.slice(0, room).map((line) => wrapText(line, TEXT_WIDTH / 30, 1)),
    conference: wrapText(card.conference, (TEXT_WIDTH - 200) / 28, 1),
    where: wrapText(card.where, (TEXT_WIDTH - 200) / 22, 1),
  };
}

/** The card as PNG bytes. */
export async function renderCardPng(card: ShareCard): Promise<Uint8Array> {
  const laid = layOut(card);
  const bold = [...laid.title.lines, ...laid.conference, "Podium"];
  const regular = [...laid.eyebrow, ...laid.lines.flat(), ...laid.where];
  const fonts = await Promise.all([subsetCardFont(700, glyphSet(bold)), subsetCardFont(400, glyphSet(regular))]);
  const image = new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        background: "#ffffff",
        fontFamily: CARD_FONT_FAMILY,
        color: "#0f172a",
      }}
    >
      <div style={{ width: 24, height: "100%", background: BRAND }} />
      <div
        style={{
          flex: 1,
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: `56px ${PAD_X}px 48px ${PAD_X - 24}px`,
        }}
      >
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: 28, color: "#4338ca" }}>{laid.eyebrow.join("")}</div>
          <div
            style={{
              display: "flex",
              flexDirection: "column",
              marginTop: 20,
              fontSize: laid.title.fontSize,
              fontWeight: 700,
              lineHeight: 1.2,
            }}
          >
            {laid.title.lines.map((line, i) => (
              <div key={i} style={{ display: "flex" }}>
                {line}
              </div>
            ))}
          </div>
          {laid.lines.map((line, i) => (
            <div key={i} style={{ display: "flex", marginTop: i ? 8 : 24, fontSize: 30, color: "#334155" }}>
              {line.join("")}
            </div>
          ))}
        </div>
        <div
          style={{
            display: "flex",
            alignItems: "flex-end",
            justifyContent: "space-between",
            borderTop: "2px solid #e2e8f0",
            paddingTop: 20,
          }}
        >
          <div style={{ display: "flex", flexDirection: "column" }}>
            <div style={{ display: "flex", fontSize: 28, fontWeight: 700 }}>{laid.conference.join("")}</div>
            <div style={{ display: "flex", fontSize: 22, color: "#475569", marginTop: 4 }}>{laid.where.join("")}</div>
          </div>
          <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color: BRAND }}>Podium</div>
        </div>
      </div>
    </div>,
    { ...CARD_SIZE, fonts },
  );
  return new Uint8Array(await image.arrayBuffer());
}
