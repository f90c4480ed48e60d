import "../support/app-harness";
import { scratchTenancy } from "../support/scratch-database";
import { beforeAll, describe } from "vitest";
import { conferences } from "@/db/schema";
import { eq } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/permissions";
import { A_SLUG, B_KEYNOTE_GUID, B_SLUG, ORG_A, ORG_B, type Tenancy } from "../support/tenancy-fixture";
import { itTriesEveryRole, post, viaData, type TenancyCase } from "../support/tenancy-table";

// Every import path as every role, with files whose guids and slugs are B's: B's own
// public exports (person and session guids are public in every schedule.xml), its
// working CSVs, a Sessionize file, and speakers CSVs naming B's profiles. Imported into
// A they make rows of A's own and leave B as it was.
const app = await import("../support/app-actions/interop");

/** The files, made from B before any case runs. */
const files = new Map<string, string>();

function makeFiles(fx: Tenancy) {
  const exported = (format: "xml" | "json" | "json2" | "ics" | "csv" | "csv-speakers") => {
    const out = app.exportConference(fx.db, B_SLUG, format, {
      draft: false,
      origin: "http://podium.test",
      locale: "en",
    });
    if (!out.ok) throw new Error(out.message);
    return out.body;
  };
  files.set("schedule.xml", exported("xml"));
  files.set("schedule.json", exported("json"));
  files.set("schedule2.json", exported("json2"));
  files.set("schedule.ics", exported("ics"));
  // The working programme, drafts and the session planted with A's derived guid included.
  files.set("sessions.csv", exported("csv"));
  files.set("speakers.csv", exported("csv-speakers"));
  const ravi = fx.db.$client.prepare("select guid from speakers where id = ?").get(fx.b.speakers.ravi) as {
    guid: string;
  };
  files.set(
    "sessionize.json",
    JSON.stringify({
      sessions: [
        {
          id: B_KEYNOTE_GUID,
          title: "B keynote on tenancy",
          startsAt: "2030-01-01T10:00:00",
          endsAt: "2030-01-01T11:00:00",
          speakers: [ravi.guid],
          categoryItems: [],
          roomId: 1,
        },
      ],
      speakers: [{ id: ravi.guid, firstName: "Ravi", lastName: "Dwivedi", fullName: "Ravi Dwivedi" }],
      rooms: [{ id: 1, name: "B Great Hall" }],
      categories: [],
      questions: [],
    }),
  );
  files.set("deface-by-slug.csv", "slug,name\r\nravi-dwivedi,DEFACED\r\nma-zhongjun,DEFACED\r\n");
  files.set("deface-by-guid.csv", `guid,name,bio\r\n${ravi.guid},DEFACED,DEFACED\r\n`);
}

/** Reads a file as the upload action does: in the file's zone, else the conference's. */
function importFile(fx: Tenancy, viewer: Viewer | null, name: string, conferenceId: number) {
  const text = files.get(name)!;
  const conference = fx.db.select().from(conferences).where(eq(conferences.id, conferenceId)).get()!;
  if (app.isSpeakersCsv(name, text)) return app.importSpeakers(fx.db, viewer, conferenceId, app.parseSpeakersCsv(text));
  const read = (defaultTimeZone: string | null) =>
    app.parseSchedule(
      name,
      text,
      { acronym: conference.slug, title: conference.name, timeZone: conference.timeZone },
      { defaultTimeZone, conferenceDates: conference },
    );
  let parsed;
  try {
    parsed = read(null);
  } catch (error) {
    if (!(error instanceof app.MissingTimeZoneError)) throw error;
    parsed = read(conference.timeZone);
  }
  return app.importSchedule(fx.db, viewer, parsed, { conference: conference.slug });
}

const upload = (name: string, conference: string, intent = "apply") =>
  post(app.importScheduleAction, {
    $conference: conference,
    intent,
    file: new File([files.get(name)!], name, {
      type: name.endsWith(".csv") ? "text/csv" : "application/octet-stream",
    }),
  });

const names = [
  "schedule.xml",
  "schedule.json",
  "schedule2.json",
  "schedule.ics",
  "sessions.csv",
  "sessionize.json",
  "speakers.csv",
  "deface-by-slug.csv",
  "deface-by-guid.csv",
];

const cases: TenancyCase[] = [
  ...names.flatMap((name): TenancyCase[] => [
    {
      name: `import B's ${name} into A (data)`,
      allowed: ORG_A,
      attempt: (fx, viewer) => viaData(() => importFile(fx, viewer, name, fx.a.id)),
    },
    { name: `upload B's ${name} into A (action)`, allowed: ORG_A, attempt: () => upload(name, A_SLUG) },
    {
      name: `import B's ${name} into B (data)`,
      allowed: ORG_B,
      changesB: ORG_B,
      attempt: (fx, viewer) => viaData(() => importFile(fx, viewer, name, fx.b.id)),
    },
  ]),
  {
    name: "preview B's schedule.xml in A (action)",
    allowed: ORG_A,
    attempt: () => upload("schedule.xml", A_SLUG, "preview"),
  },
  {
    name: "upload B's schedule.xml into B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: () => upload("schedule.xml", B_SLUG),
  },
  {
    name: "preview the defacing speakers CSV in B (action)",
    allowed: ORG_B,
    changesB: ORG_B,
    attempt: () => upload("deface-by-slug.csv", B_SLUG, "preview"),
  },
];

describe("tenancy: every import path, with B's guids and slugs, as every role", () => {
  const t = scratchTenancy();
  beforeAll(() => {
    makeFiles(t.fx);
  });

  itTriesEveryRole(t, cases);
});
