import { describe, expect, it } from "vitest";
import { publicRevision, siteRevision, type RevisionFacts } from "@/db/queries/revision";
import { handedRevision, REVISION_HEADER, revisionHeader } from "@/lib/serving/revision-header";

const facts: RevisionFacts = {
  slug: "china-netav-2017",
  published: true,
  updatedAt: new Date("2017-11-20T08:00:00Z"),
  release: { id: 3, version: "v2", speakersRevisedAt: null },
};

describe("the revision of a conference", () => {
  it("is nothing when the public sees nothing: unpublished, or no release yet", () => {
    expect(publicRevision({ ...facts, published: false })).toBeNull();
    expect(publicRevision({ ...facts, release: null })).toBeNull();
  });

  it("is the same for the same facts", () => {
    expect(publicRevision({ ...facts })).toBe(publicRevision(facts));
  });

  it("moves with everything the public sees: the release, its version, speakers' edits, the settings", () => {
    const base = publicRevision(facts);
    const changed: RevisionFacts[] = [
      { ...facts, release: { ...facts.release!, id: 4 } },
      { ...facts, release: { ...facts.release!, version: "v2.1" } },
      { ...facts, release: { ...facts.release!, speakersRevisedAt: new Date("2017-11-21T00:00:00Z") } },
      { ...facts, updatedAt: new Date("2017-11-20T08:00:00.001Z") },
    ];
    const revisions = changed.map(publicRevision);
    expect(revisions).not.toContain(base);
    expect(new Set(revisions).size).toBe(changed.length);
  });

  it("is one word a header can carry, whatever the version is called", () => {
    const odd = publicRevision({ ...facts, release: { ...facts.release!, version: "版本 2, final:\n" } })!;
    expect(odd).toMatch(/^[\x21-\x7e]+$/);
    expect(odd).not.toBe(publicRevision({ ...facts, release: { ...facts.release!, version: "版本 2, final" } }));
  });

  it("of the whole site follows any conference's, in whatever order they were read", () => {
    const a = new Map([
      ["a", "1:v1:0:1"],
      ["b", "2:v1:0:1"],
    ]);
    expect(siteRevision(a)).toBe(siteRevision(new Map([...a].reverse())));
    expect(siteRevision(a)).not.toBe(siteRevision(new Map([...a, ["b", "5:v2:0:1"]])));
    expect(siteRevision(a)).not.toBe(siteRevision(new Map([["a", "1:v1:0:1"]])));
  });
});

describe("the revision the proxy hands to the page", () => {
  const headers = (value?: string) => new Headers(value === undefined ? {} : { [REVISION_HEADER]: value });

  it("is read back for the conference it names", () => {
    expect(handedRevision(headers(revisionHeader("c", "3:v2:0:1")), "c")).toBe("3:v2:0:1");
  });

  it("is nothing for another conference, a malformed value or no header, so the page reads it itself", () => {
    expect(handedRevision(headers(revisionHeader("c", "3:v2:0:1")), "d")).toBeNull();
    expect(handedRevision(headers("c"), "c")).toBeNull();
    expect(handedRevision(headers("c "), "c")).toBeNull();
    expect(handedRevision(headers(" 3:v2:0:1"), "")).toBeNull();
    expect(handedRevision(headers(), "c")).toBeNull();
    expect(handedRevision(undefined, "c")).toBeNull();
  });
});
