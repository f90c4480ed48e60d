import { describe, expect, it } from "vitest";
import { blockLines, gridSizes, isWideGrid, rowHeights, rowTemplate, spanHeight } from "@/lib/agenda/grid-sizes";

const at = (start: number, end: number) => ({ row: { start, end } });

describe("rowHeights", () => {
  it("keeps five minutes' height where sessions are long enough to read", () => {
    expect(rowHeights([at(1, 7), at(7, 13)], 12)).toEqual(Array(12).fill(gridSizes.slot));
  });

  it("grows the rows of a short session to a legible block, for every room at that time", () => {
    // A 5-minute lightning talk at row 3, beside a 30-minute talk in another room over rows 1–6.
    const heights = rowHeights([at(1, 7), at(3, 4)], 8);
    expect(heights[2]).toBe(gridSizes.minBlock);
    expect(spanHeight(heights, { start: 3, end: 4 })).toBe(gridSizes.minBlock);
    expect(spanHeight(heights, { start: 1, end: 7 })).toBeCloseTo(5 * gridSizes.slot + gridSizes.minBlock);
    expect(heights[7]).toBe(gridSizes.slot);
  });

  it("shares what a 10-minute session lacks between its two rows", () => {
    const heights = rowHeights([at(1, 3)], 2);
    expect(heights[0]).toBeCloseTo(gridSizes.minBlock / 2);
    expect(spanHeight(heights, { start: 1, end: 3 })).toBeCloseTo(gridSizes.minBlock);
  });
});

describe("rowTemplate", () => {
  it("writes runs of one height once", () => {
    expect(rowTemplate([1.1, 1.1, 1.1, 3.75, 1.1])).toBe("repeat(3, 1.1rem) 3.75rem 1.1rem");
  });
});

describe("blockLines", () => {
  it("gives the shortest block two lines of title and one of people", () => {
    expect(blockLines(gridSizes.minBlock)).toEqual({ title: 2, meta: 1 });
  });

  it("lets a taller block's title wrap to its height, and its people take a second line", () => {
    // 30 minutes (six 5-minute rows) and an hour.
    expect(blockLines(6 * gridSizes.slot)).toEqual({ title: 4, meta: 1 });
    expect(blockLines(12 * gridSizes.slot)).toEqual({ title: 10, meta: 2 });
  });

  it("never asks for more lines than the block holds", () => {
    for (let height = gridSizes.minBlock; height < 40; height += 0.37) {
      const { title, meta } = blockLines(height);
      expect(
        title * gridSizes.titleLine + meta * gridSizes.metaLine + gridSizes.chrome,
        `${height}rem`,
      ).toBeLessThanOrEqual(height);
    }
  });
});

describe("isWideGrid", () => {
  it("keeps a few rooms in the page's column and gives many rooms the window's width", () => {
    expect(isWideGrid(3)).toBe(false);
    expect(isWideGrid(6)).toBe(false);
    expect(isWideGrid(7)).toBe(true);
    expect(isWideGrid(29)).toBe(true);
  });
});
