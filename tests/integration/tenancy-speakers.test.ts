import "../support/app-harness";
import { scratchTenancy } from "../support/scratch-database";
import { describe, expect } from "vitest";
import { speakers } from "@/db/schema";
import { isOrganizer } from "@/lib/auth/permissions";
import { A_SLUG, B_SLUG, IN_A, IN_B, NOBODY, ORG_A, ORG_B, type Tenancy } from "../support/tenancy-fixture";
import { speakerForm } from "../support/tenancy-forms";
import {
  findOfBInA,
  fresh,
  inBAndUnderA,
  itTriesEveryRole,
  post,
  readInA,
  readOfA,
  readsOfAAndB,
  viaData,
  type TenancyCase,
} from "../support/tenancy-table";
import { formSaves, spareOfB } from "../support/tenancy-writes";

// Speaker profiles, the people search and the speaker editor, tried as every role against both
// conferences. A profile is its conference's; 马中骏 keeps one in each. Invitations and account
// links: tenancy-invitations.test.ts; the speaker's own page: tenancy-own-page.test.ts.
const app = await import("../support/app-actions/speakers");

const spareSpeakerOfB = spareOfB(speakers, "b-spare-", { name: "B spare speaker" });
const speaker = formSaves({
  save: app.saveSpeaker,
  action: app.saveSpeakerAction,
  field: "$speaker",
  form: speakerForm,
});
const ravi = (fx: Tenancy) => fx.b.speakers.ravi;
const newPosition = () => ({ position: fresh() });
const defaced = (field: string) => () => ({ [field]: "DEFACED" });

const cases: TenancyCase[] = [
  // Reads of the workspace
  ...readsOfAAndB("list {}'s speakers", [IN_A, IN_B], (fx, viewer, id) => app.listSpeakers(fx.db, viewer, id)),
  readOfA("search A's people for Ravi (data)", IN_A, (fx, viewer, id) => app.searchSpeakers(fx.db, viewer, id, "Ravi")),
  {
    name: "search A's people for 马中骏, who speaks at both",
    allowed: IN_A,
    attempt: (fx, viewer) =>
      readInA(() => {
        const found = app.searchSpeakers(fx.db, viewer, fx.a.id, "马中骏");
        expect(found.map((s) => s.id)).toEqual([fx.shared.aSpeakerId]);
        return found;
      }),
  },
  {
    name: "search A's people for B's slugs (action)",
    allowed: IN_A,
    attempt: async () => {
      const r = await app.searchSpeakersAction({ conference: A_SLUG, text: "b-" });
      return r.data ? readInA(() => r.data) : "deny";
    },
  },
  {
    name: "search B's people for Ravi (action)",
    allowed: IN_B,
    attempt: async () =>
      (await app.searchSpeakersAction({ conference: B_SLUG, text: "Ravi" })).data ? "allow" : "deny",
  },
  readOfA("read A's time zone", IN_A, (fx, viewer, id) => app.findConferenceTimeZone(fx.db, viewer, id)),
  findOfBInA(
    "open B's Ravi in A's speaker editor",
    IN_A,
    (fx, viewer, id) => app.findSpeakerEditor(fx.db, viewer, id, fx.b.speakers.ravi),
    null,
  ),
  {
    // The account's address is for those who manage the account: A's organizers, never a forum editor.
    name: "open 马中骏's A profile in A's speaker editor",
    allowed: IN_A,
    attempt: (fx, viewer) =>
      readInA(() => {
        const editor = app.findSpeakerEditor(fx.db, viewer, fx.a.id, fx.shared.aSpeakerId)!;
        expect(editor.account).toEqual(
          viewer && isOrganizer(viewer, fx.a.id) ? { email: fx.emails.bothSpeaker } : null,
        );
        return editor;
      }),
  },

  // Profiles in the workspace
  { name: "edit B's Ravi in B (data)", allowed: ORG_B, changesB: ORG_B, attempt: speaker.data("B", ravi, newPosition) },
  {
    name: "edit B's panelist, only in B's main forum (data)",
    allowed: IN_B,
    changesB: IN_B,
    attempt: speaker.data("B", (fx) => fx.b.speakers.panelist, newPosition),
  },
  { name: "edit B's Ravi posted under A (data)", allowed: NOBODY, attempt: speaker.data("A", ravi, defaced("name")) },
  {
    name: "edit 马中骏's B profile posted under A (data)",
    allowed: NOBODY,
    attempt: speaker.data("A", (fx) => fx.shared.bSpeakerId, defaced("bio")),
  },
  {
    name: "edit 马中骏's A profile in A, which leaves his B profile (data)",
    allowed: ORG_A,
    attempt: speaker.data("A", (fx) => fx.shared.aSpeakerId, newPosition),
  },
  ...inBAndUnderA(
    "delete a spare speaker of B",
    "data",
    ORG_B,
    (fx, viewer, at, id) => viaData(() => app.deleteSpeaker({ db: fx.db, viewer }, at.id, id!)),
    spareSpeakerOfB,
  ),
  {
    name: "save B's Ravi in B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: speaker.action("B", ravi, newPosition),
  },
  {
    name: "save B's Ravi with $conference A (action)",
    allowed: NOBODY,
    attempt: speaker.action("A", ravi, defaced("name")),
  },
  {
    name: "delete a spare speaker of B with $conference A (action)",
    allowed: NOBODY,
    prepare: spareSpeakerOfB,
    attempt: (_fx, _a, id) => post(app.deleteSpeakerAction, { $conference: A_SLUG, $speaker: String(id) }),
  },
];

describe("tenancy: speaker profiles and the speaker editor in two conferences", () => {
  itTriesEveryRole(scratchTenancy(), cases);
});
