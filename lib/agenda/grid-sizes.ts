// The public grid's measures, in rem. The grid's CSS (components/agenda/agenda-grid.tsx) and
// the lines a block's title may take are worked out from the same numbers, so they agree.

export const gridSizes = {
  /** One row: five minutes (lib/agenda/grid-layout.ts lays sessions out in 5-minute slots). */
  slot: 1.1,
  /** The least height of a block: two lines of title and one of people. Rows grow to give it. */
  minBlock: 3.75,
  /** A title line and a speakers line inside a block. */
  titleLine: 1.05,
  metaLine: 1,
  /** A block's borders and padding, top and bottom together. */
  chrome: 0.5,
  /** The row of room names. */
  head: 2.75,
  timeColumn: 3.5,
  /** The narrowest a lane (one room, or one of a room's overlapping sessions) may be. */
  lane: 10,
  /** The page's centred content column (main's max-w-6xl less its padding). */
  column: 70,
} as const;

/**
 * The height of each 5-minute row, in rem: five minutes' worth, grown wherever a session would
 * otherwise be shorter than a legible block. Grown here rather than by CSS (auto rows) so that each
 * block's height is known, and its title can be given every line that fits. As CSS grows auto rows,
 * sessions spanning fewer rows go first and share what they lack equally among their rows.
 * `rows` are 1-based with `end` exclusive, as lib/agenda/grid-layout.ts gives them.
 */
export function rowHeights(items: ReadonlyArray<{ row: { start: number; end: number } }>, rows: number): number[] {
  const heights = Array<number>(rows).fill(gridSizes.slot);
  const bySpan = [...items].sort((a, b) => a.row.end - a.row.start - (b.row.end - b.row.start));
  for (const { row } of bySpan) {
    const lack = gridSizes.minBlock - spanHeight(heights, row);
    if (lack <= 0) continue;
    const share = lack / (row.end - row.start);
    for (let r = row.start; r < row.end; r++) heights[r - 1]! += share;
  }
  return heights.map((h) => Math.round(h * 1000) / 1000);
}

/** The height of the rows a block spans. */
export function spanHeight(heights: readonly number[], row: { start: number; end: number }): number {
  let sum = 0;
  for (let r = row.start; r < row.end; r++) sum += heights[r - 1] ?? gridSizes.slot;
  return sum;
}

/** The rows as a CSS track list, runs of one height written once: `repeat(12, 1.1rem) 3.75rem …`. */
export function rowTemplate(heights: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < heights.length;) {
    let j = i;
    while (j < heights.length && heights[j] === heights[i]) j++;
    parts.push(j - i > 1 ? `repeat(${j - i}, ${heights[i]}rem)` : `${heights[i]}rem`);
    i = j;
  }
  return parts.join(" ");
}

/** How many lines of title and of people a block of `height` rem shows: all that fit, people getting a second line in a tall block. */
export function blockLines(height: number): { title: number; meta: number } {
  const inner = height - gridSizes.chrome;
  const meta = inner >= 4 * gridSizes.titleLine + 2 * gridSizes.metaLine ? 2 : 1;
  return { title: Math.max(1, Math.floor((inner - meta * gridSizes.metaLine) / gridSizes.titleLine)), meta };
}

/** True when the grid is wider than the page's centred column at its narrowest: it takes the window's width instead. */
export function isWideGrid(lanes: number): boolean {
  return gridSizes.timeColumn + lanes * gridSizes.lane > gridSizes.column;
}
