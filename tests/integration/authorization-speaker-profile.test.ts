import { state } from "../support/app-harness";
import { scratchWorkspace } from "../support/scratch-database";
import { eq } from "drizzle-orm";
import { describe } from "vitest";
import { speakers } from "@/db/schema";
import {
  WANG_BEIBEI,
  WANG_BIN,
  editors,
  fresh,
  himself,
  idOf,
  nobody,
  notFoundRefuses,
  organizers,
  ownProfileForm,
  post,
  postAbout,
  speakerForm,
  speakerRightsTable,
  upload,
  viaData,
  type Reading,
  type SpeakerCase,
} from "../support/speaker-rights-table";
import type { Workspace } from "../support/workspace-fixture";

// Who may change a speaker's own words, unavailability and photo: he himself on /me, and of the
// workspace only those canEditSpeaker names (support/speaker-rights-table.ts).
const app = {
  ...(await import("../support/app-actions/speakers")),
  ...(await import("../support/app-actions/own-profile")),
};

/** One window on the summit's day, a different note each time, so every allowed save is a change. */
const unavailability = () =>
  JSON.stringify([{ startsAt: "2017-12-01T14:00", endsAt: "2017-12-01T15:00", note: fresh() }]);

/** Tells a profile's unavailability at a conference through /me's data function, as the viewer. */
const tellUnavailability =
  (
    slug: string,
    conferenceOf: (ws: Workspace) => number,
    window: () => string,
    read?: Reading,
  ): SpeakerCase["attempt"] =>
  (ws, viewer) =>
    viaData(
      () =>
        app.updateOwnUnavailability({ db: state.db, viewer }, idOf(slug), conferenceOf(ws), {
          unavailability: window(),
        }),
      read,
    );
/** Saves a speaker's workspace form with a new bio, as the viewer. */
const editInWorkspace =
  (slug: string): SpeakerCase["attempt"] =>
  (ws, viewer) =>
    viaData(() =>
      app.saveSpeaker({ db: state.db, viewer }, ws.conferenceId, idOf(slug), speakerForm(slug, { bio: fresh() })),
    );
const photoFile = () => new File([new Uint8Array(upload.jpeg)], "portrait.jpg", { type: "image/jpeg" });
const EXTERNAL_PHOTO = "https://example.org/portrait.jpg";
const givePhoto = (slug: string) => {
  state.db.update(speakers).set({ photo: EXTERNAL_PHOTO }).where(eq(speakers.slug, slug)).run();
  return undefined;
};

const cases: SpeakerCase[] = [
  // His own profile, and nobody else's: not even an admin edits it through /me.
  {
    name: "update 王斌's own profile (data function)",
    allowed: himself,
    attempt: (_ws, viewer) =>
      viaData(() =>
        app.updateOwnProfile({ db: state.db, viewer }, idOf(WANG_BIN), ownProfileForm(WANG_BIN, { bio: fresh() })),
      ),
  },
  {
    name: "update 王蓓蓓's profile as one's own (data function)",
    allowed: nobody,
    attempt: (_ws, viewer) =>
      viaData(() =>
        app.updateOwnProfile(
          { db: state.db, viewer },
          idOf(WANG_BEIBEI),
          ownProfileForm(WANG_BEIBEI, { bio: fresh() }),
        ),
      ),
  },
  {
    name: "save 王斌's own profile (server action)",
    allowed: himself,
    attempt: () => postAbout(app.saveOwnProfileAction, WANG_BIN, ownProfileForm(WANG_BIN, { bio: fresh() })),
  },
  {
    name: "save a forged post naming 王蓓蓓 (server action)",
    allowed: nobody,
    attempt: () => postAbout(app.saveOwnProfileAction, WANG_BEIBEI, ownProfileForm(WANG_BEIBEI, { bio: fresh() })),
  },

  // His unavailability, only where he takes part.
  {
    name: "update 王斌's unavailability at the demo (data function)",
    allowed: himself,
    attempt: tellUnavailability(WANG_BIN, (ws) => ws.conferenceId, unavailability),
  },
  {
    name: "update 王斌's unavailability at a conference he takes no part in (data function)",
    allowed: nobody,
    attempt: tellUnavailability(
      WANG_BIN,
      (ws) => ws.otherConferenceId,
      () => JSON.stringify([{ startsAt: "2030-01-01T10:00", endsAt: "2030-01-01T11:00", note: fresh() }]),
      notFoundRefuses,
    ),
  },
  {
    name: "update 王蓓蓓's unavailability as one's own (data function)",
    allowed: nobody,
    attempt: tellUnavailability(WANG_BEIBEI, (ws) => ws.conferenceId, unavailability),
  },
  {
    name: "save 王斌's unavailability at the demo (server action)",
    allowed: himself,
    attempt: () => postAbout(app.saveOwnUnavailabilityAction, WANG_BIN, { unavailability: unavailability() }),
  },
  {
    name: "save 王斌's unavailability at the other conference (server action)",
    allowed: nobody,
    attempt: () =>
      post(
        app.saveOwnUnavailabilityAction,
        { $speaker: String(idOf(WANG_BIN)), $conference: "other-conf", unavailability: "[]" },
        notFoundRefuses,
      ),
  },
  {
    name: "save a forged post naming 王蓓蓓's unavailability (server action)",
    allowed: nobody,
    attempt: () => postAbout(app.saveOwnUnavailabilityAction, WANG_BEIBEI, { unavailability: unavailability() }),
  },

  // The workspace: he has none, so his own profile is no way in either.
  {
    name: "edit 王斌 in the workspace (data function)",
    allowed: organizers,
    attempt: editInWorkspace(WANG_BIN),
  },
  {
    name: "edit 王蓓蓓 in the workspace (data function)",
    allowed: editors,
    attempt: editInWorkspace(WANG_BEIBEI),
  },
  {
    name: "edit 王蓓蓓 in the workspace (server action)",
    allowed: editors,
    attempt: () => postAbout(app.saveSpeakerAction, WANG_BEIBEI, speakerForm(WANG_BEIBEI, { bio: fresh() })),
  },

  // Photos. A refused upload writes no file: the right is checked before the picture is read.
  {
    name: "set 王斌's own photo (data function)",
    allowed: himself,
    attempt: async (_ws, viewer) =>
      viaData(() => app.setOwnPhoto({ db: state.db, viewer }, idOf(WANG_BIN), upload.jpeg, { dir: upload.dir })),
  },
  {
    name: "set 王蓓蓓's photo as one's own (data function)",
    allowed: nobody,
    attempt: async (_ws, viewer) =>
      viaData(() => app.setOwnPhoto({ db: state.db, viewer }, idOf(WANG_BEIBEI), upload.jpeg, { dir: upload.dir })),
  },
  {
    name: "remove 王斌's own photo (data function)",
    allowed: himself,
    prepare: () => givePhoto(WANG_BIN),
    attempt: (_ws, viewer) =>
      viaData(() => app.removeOwnPhoto({ db: state.db, viewer }, idOf(WANG_BIN), { dir: upload.dir })),
  },
  {
    name: "remove 王蓓蓓's photo as one's own (data function)",
    allowed: nobody,
    attempt: (_ws, viewer) =>
      viaData(() => app.removeOwnPhoto({ db: state.db, viewer }, idOf(WANG_BEIBEI), { dir: upload.dir })),
  },
  {
    name: "upload 王斌's own photo (server action)",
    allowed: himself,
    attempt: () => postAbout(app.uploadOwnPhotoAction, WANG_BIN, { photo: photoFile() }),
  },
  {
    name: "upload a forged post naming 王蓓蓓 (server action)",
    allowed: nobody,
    attempt: () => postAbout(app.uploadOwnPhotoAction, WANG_BEIBEI, { photo: photoFile() }),
  },
  {
    name: "remove 王斌's own photo (server action)",
    allowed: himself,
    prepare: () => givePhoto(WANG_BIN),
    attempt: () => postAbout(app.removeOwnPhotoAction, WANG_BIN, {}),
  },
  {
    name: "remove a forged post naming 王蓓蓓 (server action)",
    allowed: nobody,
    attempt: () => postAbout(app.removeOwnPhotoAction, WANG_BEIBEI, {}),
  },
];

describe("who may change a speaker's profile, unavailability and photo", () => {
  const t = scratchWorkspace();
  // A photo of hers that a forged removal would take away.
  speakerRightsTable(t, cases, () => givePhoto(WANG_BEIBEI));
});
