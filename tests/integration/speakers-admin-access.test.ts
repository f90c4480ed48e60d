import { beforeAll, describe, expect, it } from "vitest";
import { saveSpeaker } from "@/db/mutations/speakers/save-speaker";
import type { SpeakerForm } from "@/db/mutations/speakers/speaker-form";
import { findSpeakerEditor, listSpeakers, searchSpeakers } from "@/db/queries/speakers";
import { speakers } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/permissions";
import { scratchWorkspace } from "../support/scratch-database";
import type { Role } from "../support/workspace-fixture";
import { addGalaPresenter, speakerIn, zhangSanForm } from "../support/workspace-programme";

// Which speakers each person of the workspace edits and finds: a forum's editors those only their
// forum has and the ones they made, nobody another conference's.
describe("who edits and finds which speakers in the workspace", () => {
  const t = scratchWorkspace();
  /** A speaker who appears only in the gala, a forum 咪咕 is no organization of. */
  let galaSpeakerId: number;
  beforeAll(() => {
    galaSpeakerId = addGalaPresenter(t.db, t.ws);
  });

  const speakerId = (slug: string) => speakerIn(t.db, t.ws.conferenceId, slug);
  const form = (changes: Partial<SpeakerForm> = {}) => zhangSanForm(t.db, changes);
  /** Saves 张三's form with `changes` over speaker `id` (null: a new one) as one of the workspace's people. */
  const saveAs = (
    who: Role,
    id: number | null,
    changes: Partial<SpeakerForm>,
    conferenceId: number = t.ws.conferenceId,
  ) => saveSpeaker({ db: t.db, viewer: t.ws.viewers[who] }, conferenceId, id, form(changes));

  it("lets forum editors edit the speakers only their forum has and the ones they created, never a profile its speaker keeps or another conference's", () => {
    // 王斌 keeps his own profile: his words are his and his organizers'.
    expect(() =>
      saveAs("forumEditor", speakerId("wang-bin"), { slug: "wang-bin", name: "王斌", unavailability: "[]" }),
    ).toThrow(ForbiddenError);
    expect(
      saveAs("organizer", speakerId("wang-bin"), { slug: "wang-bin", name: "王斌", unavailability: "[]" }).ok,
    ).toBe(true);
    expect(() => saveAs("forumEditor", galaSpeakerId, { slug: "gala-presenter" })).toThrow(ForbiddenError);
    expect(
      saveAs("otherForumEditor", galaSpeakerId, { slug: "gala-presenter", name: "盛典主持人", unavailability: "[]" })
        .ok,
    ).toBe(true);
    // Acting in their own conference, the other organizer does not find the demo's speaker at all.
    expect(saveAs("otherOrganizer", speakerId("wang-bin"), { slug: "wang-bin" }, t.ws.otherConferenceId)).toEqual({
      ok: false,
      problem: { code: "notFound" },
    });
    expect(() => saveAs("otherOrganizer", speakerId("wang-bin"), { slug: "wang-bin" })).toThrow(ForbiddenError);

    const made = saveAs("forumEditor", null, { slug: "editor-made", unavailability: "[]" });
    if (!made.ok) throw new Error("not created");
    expect(saveAs("forumEditor", made.value.id, { slug: "editor-made", name: "李四", unavailability: "[]" }).ok).toBe(
      true,
    );
    expect(saveAs("organizer", made.value.id, { slug: "editor-made", name: "李四", unavailability: "[]" }).ok).toBe(
      true,
    );
    expect(() => saveAs("otherForumEditor", made.value.id, { slug: "editor-made" })).toThrow(ForbiddenError);

    const list = listSpeakers(t.db, t.ws.viewers.forumEditor, t.ws.conferenceId);
    expect(list.find((s) => s.id === galaSpeakerId)).toMatchObject({ editable: false, sessionCount: 1 });
    expect(list.find((s) => s.slug === "li-xia")).toMatchObject({ editable: true, sessionCount: 3 });
    expect(
      findSpeakerEditor(t.db, t.ws.viewers.forumEditor, t.ws.conferenceId, speakerId("li-xia"))?.sessions.map(
        (s) => s.role,
      ),
    ).toEqual(["speaker", "moderator", "moderator"]);
  });

  it("finds speakers of this conference only by name, English name or organization, treating wildcards as text", () => {
    t.db
      .insert(speakers)
      .values({ conferenceId: t.ws.otherConferenceId, slug: "li-xia", name: "李霞", organization: "芒果TV" })
      .run();
    expect(
      searchSpeakers(t.db, t.ws.viewers.otherOrganizer, t.ws.otherConferenceId, "李霞").map((s) => s.id),
    ).not.toContain(speakerId("li-xia"));
    expect(searchSpeakers(t.db, t.ws.viewers.forumEditor, t.ws.conferenceId, "李霞").map((s) => s.name)).toEqual([
      "李霞",
    ]);
    expect(searchSpeakers(t.db, t.ws.viewers.forumEditor, t.ws.conferenceId, "li xia").map((s) => s.name)).toEqual([
      "李霞",
    ]);
    expect(searchSpeakers(t.db, t.ws.viewers.forumEditor, t.ws.conferenceId, "Mango").length).toBe(0);
    expect(searchSpeakers(t.db, t.ws.viewers.forumEditor, t.ws.conferenceId, "芒果TV").map((s) => s.name)).toContain(
      "任旭",
    );
    expect(searchSpeakers(t.db, t.ws.viewers.forumEditor, t.ws.conferenceId, "%")).toEqual([]);
    expect(() => searchSpeakers(t.db, t.ws.viewers.noRights, t.ws.conferenceId, "李")).toThrow(ForbiddenError);
  });
});
