import { describe, expect, it } from "vitest";
import type { SessionForm } from "@/db/mutations/sessions/session-form";
import { rooms, sessions, tracks } from "@/db/schema";
import { expectEachFieldRefused, type FieldCase } from "../support/field-problems";
import { scratchWorkspace } from "../support/scratch-database";
import { sessionFormsOf } from "../support/session-forms";

// What the session form refuses, field by field, and the edge cases it takes (an instant, a session
// until midnight, one person in two roles).
describe("sessions in the workspace: checking the form", () => {
  const t = scratchWorkspace();
  const { speaker, createAsOrganizer } = sessionFormsOf(t);

  it("says what is wrong with each field, and writes nothing", () => {
    const otherRoom = t.db
      .insert(rooms)
      .values({ conferenceId: t.ws.otherConferenceId, slug: "elsewhere", name: "Elsewhere" })
      .returning()
      .get().id;
    const otherTrack = t.db
      .insert(tracks)
      .values({ conferenceId: t.ws.otherConferenceId, slug: "elsewhere", name: "Elsewhere" })
      .returning()
      .get().id;
    const cases: FieldCase<SessionForm>[] = [
      [{ forumId: "" }, "forumId", "chooseOne"],
      [{ kind: "party" }, "kind", "chooseOne"],
      [{ status: "maybe" }, "status", "chooseOne"],
      [{ title: "  " }, "title", "required"],
      [{ language: "Chinese!" }, "language", "invalidLanguage"],
      [{ roomId: String(otherRoom) }, "roomId", "notInConference"],
      [{ trackId: String(otherTrack) }, "trackId", "notInConference"],
      [{ startsAt: "1 Dec 9am" }, "startsAt", "invalidDateTime"],
      [{ endsAt: "" }, "endsAt", "startAndEndTogether"],
      [{ endsAt: "2017-12-01T13:00" }, "endsAt", "endBeforeStart"],
      // A 2019 session in the 2017 conference was saved without a word.
      [{ startsAt: "2019-12-01T14:00", endsAt: "2019-12-01T15:00" }, "startsAt", "outsideConferenceDays"],
      [{ startsAt: "2017-11-28T23:00", endsAt: "2017-11-29T09:00" }, "startsAt", "outsideConferenceDays"],
      [{ endsAt: "2017-12-02T09:00" }, "endsAt", "outsideConferenceDays"],
      [{ title: "长".repeat(301) }, "title", "tooLong"],
      [{ abstract: "长".repeat(20_001) }, "abstract", "tooLong"],
      [
        {
          people: JSON.stringify([
            { speakerId: speaker("li-xia"), role: "panelist" },
            { speakerId: speaker("li-xia"), role: "panelist" },
          ]),
        },
        "people.1.speakerId",
        "duplicateRole",
      ],
      [{ people: JSON.stringify([{ speakerId: 999_999, role: "panelist" }]) }, "people.0.speakerId", "notInConference"],
      [{ people: JSON.stringify([{ speakerId: speaker("li-xia"), role: "keynoter" }]) }, "people.0.role", "chooseOne"],
      [{ people: "[{" }, "people", "unreadableRows"],
    ];
    expectEachFieldRefused(cases, createAsOrganizer, () => t.db.select().from(sessions).all().length);
    // An instant (an opening bell) starts and ends at once.
    expect(createAsOrganizer({ startsAt: "2017-12-01T14:00", endsAt: "2017-12-01T14:00" }).ok).toBe(true);
    // A session may run until the midnight that ends the last day.
    expect(createAsOrganizer({ startsAt: "2017-12-01T22:00", endsAt: "2017-12-02T00:00" }).ok).toBe(true);
    // The same person in two roles is fine.
    expect(
      createAsOrganizer({
        people: [
          { speakerId: speaker("li-xia"), role: "host" },
          { speakerId: speaker("li-xia"), role: "moderator" },
        ],
      }).ok,
    ).toBe(true);
  });
});
