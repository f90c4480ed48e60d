import { describe, expect, it } from "vitest";
import { diffReleases } from "@/lib/release/changelog";
import { describeProfileChanges } from "@/lib/release/changelog-view";
import { makeSnapshot, makeSpeaker } from "../support/snapshot-factory";

describe("speaker profiles in a release's changelog", () => {
  const wang = makeSpeaker(1, "王斌", "Wang Bin");
  const li = makeSpeaker(2, "李霞", "Li Xia");
  const before = makeSnapshot({ speakers: [wang, li] });

  it("names the profiles an organizer changed since the previous release, and which parts", () => {
    const after = makeSnapshot({
      speakers: [
        { ...wang, id: 11, bio: "新简介", photo: "/media/speakers/wang.jpg" },
        { ...li, slug: "li-xia-2" },
      ],
    });
    const changelog = diffReleases(before, after);
    expect(changelog.profiles).toEqual([{ guid: wang.guid, fields: ["bio", "photo"] }]);
    expect(describeProfileChanges(after, changelog, "en")).toEqual([
      { guid: wang.guid, slug: wang.slug, name: "Wang Bin", fields: ["bio", "photo"] },
    ]);
    expect(describeProfileChanges(after, changelog, "zh-CN")[0]!.name).toBe("王斌");
  });

  it("says nothing of profiles in a first release, when none changed, or in releases made before it was kept", () => {
    expect(diffReleases(null, before).profiles).toBeUndefined();
    expect(diffReleases(before, makeSnapshot({ speakers: [wang, li] })).profiles).toBeUndefined();
    expect(describeProfileChanges(before, { added: [], removed: [], changed: [] }, "en")).toEqual([]);
  });
});
