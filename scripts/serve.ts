import { parseArgs } from "node:util";

// npm run serve -- [-p PORT] [-H HOST]: the production build, with rendered public pages kept (no build, migration or seed).
const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  strict: true,
});
(process.env as Record<string, string>).NODE_ENV = "production";
const { countedQueries, databasePath } = await import("@/db/connection");
const { serve } = await import("./server/serve");
const port = Number(values.port ?? process.env.PORT ?? 3000);
const databaseFile = databasePath();
process.env.DATABASE_URL = databaseFile;
const { close } = await serve({ dir: process.cwd(), port, hostname: values.hostname, databaseFile });
console.log(`Ready on http://localhost:${port}`);
// `npm run bench` starts the server with an IPC channel and asks it how many statements it ran.
if (process.send && process.env.PODIUM_COUNT_QUERIES === "1")
  process.on("message", () => process.send?.({ queries: countedQueries() }));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void close().finally(() => process.exit(0));
  });
}
