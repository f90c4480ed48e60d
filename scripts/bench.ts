import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateConferenceInto } from "@/db/bench/generate";
import { openDatabase } from "@/db/connection";
import { migrateDatabase } from "@/db/migrate";
import { buildIsStale } from "./build-fingerprint";
import { Cleanup } from "./bench/cleanup";
import { conferenceFacts } from "./bench/conference-facts";
import { measureFirstLoadJs } from "./bench/first-load-js";
import { FOSDEM_FILE, measureInProcess, type InProcessFigures } from "./bench/in-process";
import { measurePage } from "./bench/measure-page";
import { measurePageWeights, prepareWeighedConference, type PageWeights } from "./bench/page-weight";
import { startPodium } from "./bench/podium-server";
import { formatMarkdown, formatText } from "./bench/report";
import type { BenchResults, PageFigures } from "./bench/results";
import { measureStaticFloor } from "./bench/static-floor";
import { evaluateTargets } from "./bench/targets";
import { measureVariedSearch, programmeTerms, type VariedSearch } from "./bench/varied-search";
import { buildIfNeeded } from "./prepare-runtime";

// npm run bench [-- --no-build]: Podium at the size of a large conference, against the
// fastest way to serve the same bytes (issue 8). Loopback only; stops by itself within
// minutes, and stops its servers and deletes its scratch folder however it ends.

const { values } = parseArgs({ options: { "no-build": { type: "boolean", default: false } }, strict: true });
const root = path.resolve(import.meta.dirname, "..");
const cleanup = new Cleanup();
const notes: string[] = [];
const log = (message: string) => console.error(`bench: ${message}`);

process.once("exit", () => cleanup.runNow());
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => void cleanup.run().finally(() => process.exit(130)));
const deadline = setTimeout(() => {
  log("still running after 8 minutes: stopping");
  cleanup.runNow();
  process.exit(1);
}, 8 * 60_000);
deadline.unref();

try {
  const results = await run();
  console.log(formatText(results));
  fs.mkdirSync(path.join(root, "bench"), { recursive: true });
  fs.writeFileSync(path.join(root, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");
  fs.writeFileSync(path.join(root, "bench/results.md"), formatMarkdown(results));
  log("wrote bench/results.json and bench/results.md");
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanup.run();
  clearTimeout(deadline);
}

async function run(): Promise<BenchResults> {
  const loadAtStart = os.loadavg()[0]!;
  const built = values["no-build"] ? false : buildIfNeeded(root);
  const staleSources = buildIsStale(root);
  if (staleSources)
    notes.push(
      "The build is older than the sources (run without --no-build, or npm run build): the figures are those of the last build.",
    );

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-bench-"));
  cleanup.add({ kill: () => fs.rmSync(dir, { recursive: true, force: true }) });
  const databaseFile = path.join(dir, "bench.db");
  log(`generating the conference into ${databaseFile}`);
  const db = openDatabase(databaseFile);
  cleanup.add({ kill: () => db.$client.open && db.$client.close() });
  await migrateDatabase(db);
  const generated = generateConferenceInto(db, { publish: true });
  const conference = conferenceFacts(db, generated);
  const variedTerms = programmeTerms(db, conference.slug);

  log("measuring in process (conflicts, diff, publish, FOSDEM)");
  const inProcess = await measureInProcessSafely(db, generated.conferenceId);
  log("importing the conference the pages are weighed on");
  const weighed = safely("Page weight", () =>
    prepareWeighedConference(db, fs.existsSync(FOSDEM_FILE) ? FOSDEM_FILE : null, generated.conferenceId),
  );
  db.$client.close();

  log("starting the server");
  const server = await startPodium(root, databaseFile, (p) => cleanup.add({ stop: () => p.stop(), kill: p.kill }));
  const { slug, day1, sessionGuid, searchTerms } = conference;
  // Name, path, and whether to measure its static floor too.
  const specs: Array<[string, string, boolean?]> = [
    ["agenda (grid, day 1)", `/${slug}/agenda?day=${day1}&view=grid`, true],
    ["session", `/${slug}/sessions/${sessionGuid}`, true],
    ["schedule.ics", `/${slug}/schedule.ics`],
    [`search “${searchTerms.three}”`, `/${slug}/search?q=${encodeURIComponent(searchTerms.three)}`],
    [`search “${searchTerms.two}”`, `/${slug}/search?q=${encodeURIComponent(searchTerms.two)}`],
  ];
  const pages: PageFigures[] = [];
  let agendaBodies: Awaited<ReturnType<typeof measureStaticFloor>>["bodies"] | null = null;
  for (const [name, page, floor] of specs) {
    log(`${name}: ${page}`);
    try {
      const figures = await measurePage(server, name, page);
      if (figures.settledMs > 2000) log(`${name}: the server stayed busy ${figures.settledMs} ms after the run`);
      pages.push(figures);
      if (!floor) continue;
      // Right after Podium's run, so that both meet the same machine (others' work on it comes and goes).
      log(`${name}: the same bytes from a static Node server`);
      const measured = await measureStaticFloor(
        root,
        server.url + page,
        path.join(dir, `static-${pages.length}`),
        (p) => cleanup.add({ stop: () => p.stop(), kill: p.kill }),
      );
      figures.static = measured.load;
      if (name.startsWith("agenda")) agendaBodies = measured.bodies;
    } catch (error) {
      notes.push(`${name} (${page}) not measured: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  let variedSearch: VariedSearch | null = null;
  log("search.json with a different term on every request");
  try {
    variedSearch = await measureVariedSearch(server.url, slug, variedTerms);
  } catch (error) {
    notes.push(`Varied-term search not measured: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!agendaBodies) throw new Error(`The agenda page could not be measured: ${notes.at(-1) ?? ""}`);

  log("first-load JavaScript of the agenda");
  const firstLoadJs = await measureFirstLoadJs(server.url, agendaBodies.identity.toString("utf8"));
  log("page weight, elements and LCP on a phone");
  const pageWeights: PageWeights | null =
    weighed &&
    (await measurePageWeights(server.url, weighed).catch((error: unknown) => {
      notes.push(`Page weight not measured: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }));
  const memory = { peakResidentMb: server.peakResidentMb() };
  await server.process.stop();

  const appQueriesCounted = pages.some((p) => "app" in p.queries.uncached);
  if (!appQueriesCounted)
    notes.push(
      "The app's statements were not counted: its build predates PODIUM_COUNT_QUERIES in db/connection.ts. Only the store's own freshness checks were counted.",
    );
  for (const p of pages) {
    if (p.cold.status !== 200) notes.push(`${p.name}: the first request answered ${p.cold.status}.`);
    if (p.fromStore.afterRun === null)
      notes.push(
        `${p.name}: after the run, a request for it got no answer within 15 s: the server stopped answering this page.`,
      );
    else if (!p.fromStore.afterRun)
      notes.push(
        `${p.name}: not answered from the store of rendered pages (no X-Podium-Cache: hit after the run): Next.js rendered every request.`,
      );
    else if (!p.fromStore.warmUp)
      notes.push(
        `${p.name}: the warm-up request, sent right after the first, was rendered again by Next.js rather than answered from the store.`,
      );
  }
  const cpus = os.cpus();
  const partial: Omit<BenchResults, "targets"> = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus[0]?.model.trim() ?? "unknown",
      cores: cpus.length,
      memoryGb: Math.round(os.totalmem() / 1e8) / 10,
      node: process.version,
      os: `${os.type()} ${os.release()}`,
      loadAverage: { start: round(loadAtStart), end: round(os.loadavg()[0]!) },
    },
    build: { ran: built, staleSources },
    conference,
    pages,
    sizes: {
      agendaHtml: agendaBodies.identity.length,
      agendaHtmlGzip: agendaBodies.gzip.length,
      agendaHtmlBr: agendaBodies.br.length,
      firstLoadJs,
    },
    inProcess,
    pageWeights,
    variedSearch,
    memory,
    appQueriesCounted,
    notes,
  };
  return { ...partial, targets: evaluateTargets(partial) };
}

/** The value, or null with a note saying what was not measured and why. */
function safely<T>(what: string, measure: () => T): T | null {
  try {
    return measure();
  } catch (error) {
    notes.push(`${what} not measured: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

async function measureInProcessSafely(
  db: ReturnType<typeof openDatabase>,
  conferenceId: number,
): Promise<InProcessFigures | null> {
  const fosdem = fs.existsSync(FOSDEM_FILE);
  if (!fosdem) notes.push(`FOSDEM import and export not measured: ${path.relative(root, FOSDEM_FILE)} is missing.`);
  try {
    return await measureInProcess(db, conferenceId, { fosdemFile: fosdem ? FOSDEM_FILE : null });
  } catch (error) {
    notes.push(`In-process figures failed: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
