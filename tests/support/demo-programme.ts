import { findPublishedProgramme, type PublishedProgramme } from "@/db/queries/published";
import { seedDemo } from "@/db/seed/seed-demo";
import { createTestDatabase } from "./test-database";

/** The demo conference's published programme (release v1), from a scratch database. */
export async function loadDemoProgramme(): Promise<PublishedProgramme> {
  const t = await createTestDatabase();
  try {
    await seedDemo(t.db);
    const programme = await findPublishedProgramme(t.db, "china-netav-2017");
    if (!programme) throw new Error("demo seed published nothing");
    return programme;
  } finally {
    t.dispose();
  }
}
