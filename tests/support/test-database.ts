import { openScratchDatabase, type ScratchDatabase } from "@/db/bench/scratch-database";

/** A fresh, migrated database file of its own for one test file. */
export const createTestDatabase = (): Promise<ScratchDatabase> => openScratchDatabase("test");
