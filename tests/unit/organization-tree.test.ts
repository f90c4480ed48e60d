import { describe, expect, it } from "vitest";
import { possibleParents, wouldCycle } from "@/lib/admin/organization-tree";

// 中国移动 (1) › 咪咕 (2) › 咪咕视讯 (3); 芒果TV (4) stands alone.
const organizations = [
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 2 },
  { id: 4, parentId: null },
];
const parentOf = new Map(organizations.map((o) => [o.id, o.parentId]));

describe("organization tree", () => {
  it("refuses an organization as its own parent", () => {
    expect(wouldCycle(parentOf, 2, 2)).toBe(true);
  });

  it("refuses a descendant, however deep, as the parent", () => {
    expect(wouldCycle(parentOf, 1, 2)).toBe(true);
    expect(wouldCycle(parentOf, 1, 3)).toBe(true);
  });

  it("allows an ancestor, a sibling branch or an unrelated organization", () => {
    expect(wouldCycle(parentOf, 3, 1)).toBe(false);
    expect(wouldCycle(parentOf, 1, 4)).toBe(false);
    expect(wouldCycle(parentOf, 4, 3)).toBe(false);
  });

  it("stops on a loop already in the data instead of running forever", () => {
    const looped = new Map<number, number | null>([
      [5, 6],
      [6, 5],
      [7, null],
    ]);
    expect(wouldCycle(looped, 7, 5)).toBe(false);
  });

  it("offers as parents everything but the organization and its descendants", () => {
    expect(possibleParents(organizations, 1).map((o) => o.id)).toEqual([4]);
    expect(possibleParents(organizations, 3).map((o) => o.id)).toEqual([1, 2, 4]);
    expect(possibleParents(organizations, null)).toHaveLength(4);
  });
});
