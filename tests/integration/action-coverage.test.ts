import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Server actions are public endpoints and route handlers answer anyone who asks: each
// must be tried as every role by a test, or be open on purpose and say why here. A new
// action or handler without a table row fails this file.
const root = path.resolve(import.meta.dirname, "../..");

/** Actions that need no right by design: what is posted is itself the right. */
const openActions: Record<string, string> = {
  signInAction: "the email and password are the right; tests/integration/sign-in-throttle.test.ts holds the throttle",
  signOutAction: "ends only the poster's own sign-in",
  acceptInvitationAction: "the invitation's token is the right; tests/integration/invitations.test.ts",
  confirmEmailAction: "the emailed link's token is the right; tests/integration/email-verification.test.ts",
};

/** Route handlers anyone may call: published data, the API, photos, and Auth.js's own endpoints. */
const publicRoutes: Record<string, string> = {
  "app/[locale]/(public)/[conference]/schedule.ics/route.ts": "calendar of the published programme",
  "app/[locale]/(public)/[conference]/my-agenda.ics/route.ts": "calendar of published sessions named in the URL",
  "app/[locale]/(public)/[conference]/forums/[forum]/calendar.ics/route.ts": "calendar of a published forum",
  "app/[locale]/(public)/[conference]/sessions/[session]/calendar.ics/route.ts": "calendar of a published session",
  "app/[locale]/(public)/[conference]/card.png/route.ts": "share card of a published conference",
  "app/[locale]/(public)/[conference]/forums/[forum]/card.png/route.ts": "share card of a published forum",
  "app/[locale]/(public)/[conference]/sessions/[session]/card.png/route.ts": "share card of a published session",
  "app/[locale]/(public)/[conference]/speakers/[speaker]/card.png/route.ts": "share card of a published speaker",
  "app/[locale]/(public)/[conference]/schedule.xml/route.ts": "export of the published programme",
  "app/[locale]/(public)/[conference]/schedule.json/route.ts": "export of the published programme",
  "app/[locale]/(public)/[conference]/schedule2.json/route.ts": "export of the published programme",
  "app/[locale]/(public)/[conference]/now.json/route.ts": "now and next of the published programme",
  "app/[locale]/(public)/[conference]/changelog.atom/route.ts": "feed of the published releases",
  "app/[locale]/(public)/[conference]/search.json/route.ts": "search of the published programme",
  "app/[locale]/(public)/[conference]/search-index.json/route.ts": "the published programme's search documents",
  "app/[locale]/(public)/[conference]/offline.json/route.ts": "the published pages a browser may keep",
  "app/sw.js/route.ts": "the service worker script, the same for everyone",
  "app/api/v1/conferences/route.ts": "public API: published conferences",
  "app/api/v1/conferences/[conference]/route.ts": "public API",
  "app/api/v1/conferences/[conference]/forums/route.ts": "public API",
  "app/api/v1/conferences/[conference]/forums/[forum]/route.ts": "public API",
  "app/api/v1/conferences/[conference]/releases/route.ts": "public API",
  "app/api/v1/conferences/[conference]/sessions/route.ts": "public API",
  "app/api/v1/conferences/[conference]/sessions/[session]/route.ts": "public API",
  "app/api/v1/conferences/[conference]/speakers/route.ts": "public API",
  "app/api/v1/conferences/[conference]/speakers/[speaker]/route.ts": "public API",
  "app/api/v1/docs/route.ts": "the API's documentation",
  "app/api/v1/openapi.json/route.ts": "the API's OpenAPI document",
  "app/media/photos/[file]/route.ts": "speakers' public photos, by content hash",
  "app/api/viewer/route.ts": "whether the caller is signed in, and their own name (the public header)",
  "app/api/auth/[...nextauth]/route.ts":
    "Auth.js: sign-in with its own CSRF token (tests/e2e/cross-origin-actions.test.ts)",
};

const sourceDirs = ["app", "components", "lib", "db"];
const relative = (file: string) => path.relative(root, file).split(path.sep).join("/");

function filesUnder(dir: string, accept: (file: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, accept);
    return accept(full) ? [full] : [];
  });
}

const isUseServer = (statement: ts.Statement) =>
  ts.isExpressionStatement(statement) &&
  ts.isStringLiteral(statement.expression) &&
  statement.expression.text === "use server";
const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** Server actions in one module, as Next.js sees them: every value export of a "use server" file, and every function whose body starts with "use server". */
export function serverActionsIn(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const prologue: ts.Statement[] = [];
  for (const statement of source.statements) {
    if (!(ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression))) break;
    prologue.push(statement);
  }
  if (prologue.some(isUseServer)) {
    for (const statement of source.statements) {
      if (ts.isFunctionDeclaration(statement) && isExported(statement)) found.push(statement.name?.text ?? "default");
      else if (ts.isVariableStatement(statement) && isExported(statement))
        for (const d of statement.declarationList.declarations) found.push(d.name.getText(source));
      else if (
        ts.isExportDeclaration(statement) &&
        !statement.isTypeOnly &&
        statement.exportClause &&
        ts.isNamedExports(statement.exportClause)
      )
        for (const e of statement.exportClause.elements)
          if (!e.isTypeOnly) found.push(e.name.text);
          else if (ts.isExportAssignment(statement)) found.push("default");
    }
  }
  // Inline actions: a function (declaration, expression or arrow) whose body opens with the directive.
  const visit = (node: ts.Node) => {
    if (
      (ts.isFunctionDeclaration(node) ||
        ts.isFunctionExpression(node) ||
        ts.isArrowFunction(node) ||
        ts.isMethodDeclaration(node)) &&
      node.body &&
      ts.isBlock(node.body) &&
      node.body.statements.length > 0 &&
      isUseServer(node.body.statements[0]!)
    ) {
      const named =
        ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)
          ? node.name
          : ts.isVariableDeclaration(node.parent)
            ? node.parent.name
            : undefined;
      found.push(
        named
          ? named.getText(source)
          : `(inline action at ${fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1})`,
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function allServerActions(): Array<{ name: string; file: string }> {
  const files = sourceDirs.flatMap((dir) => filesUnder(path.join(root, dir), (f) => /\.(ts|tsx|js|jsx|mjs)$/.test(f)));
  return files.flatMap((file) => {
    const text = fs.readFileSync(file, "utf8");
    if (!text.includes("use server")) return [];
    return serverActionsIn(relative(file), text).map((name) => ({ name, file: relative(file) }));
  });
}

/** The integration tests that run an action as every role: the authorization tables, and any file looping over the workspace's roles. */
function roleTables(): Array<{ file: string; text: string; code: string }> {
  const dir = path.join(root, "tests/integration");
  return filesUnder(dir, (f) => f.endsWith(".test.ts") && f !== import.meta.filename)
    .map((file) => ({ file: relative(file), text: fs.readFileSync(file, "utf8") }))
    .filter(
      ({ file, text }) =>
        /\/authorization[^/]*\.test\.ts$/.test(file) ||
        (/for \(const role of roles\)/.test(text) && /viewers\[role\]/.test(text)),
    )
    .map(({ file, text }) => ({
      file,
      text,
      // Importing a name is not trying it: leave the imports out.
      code: text.replace(/^import\b[^;]*;/gm, "").replace(/const \{[^}]*\} = await import\([^)]*\);/g, ""),
    }));
}

const mentions = (code: string, name: string) =>
  new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`).test(code);

describe("server actions", () => {
  const actions = allServerActions();
  const tables = roleTables();

  it("are found the way Next.js finds them", () => {
    // A file-level directive exports actions; an inline one makes its function one; types are no action.
    const sample = `"use server";\nimport x from "y";\nexport interface State { a: 1 }\nexport type T = 1;\nexport async function oneAction() {}\nexport const twoAction = async () => {};\nasync function helper() {}\nexport { helper as threeAction };\n`;
    expect(serverActionsIn("sample.ts", sample)).toEqual(["oneAction", "twoAction", "threeAction"]);
    const inline = `export default function Page() {\n  async function save() {\n    "use server";\n  }\n  return save;\n}\nconst other = async () => { "use client"; };\n`;
    expect(serverActionsIn("page.tsx", inline)).toEqual(["save"]);
    expect(serverActionsIn("plain.ts", `export async function notAnAction() { return "use server"; }`)).toEqual([]);
    // The app's own: enough of them, the schedule editor's among them.
    expect(actions.length).toBeGreaterThan(25);
    expect(actions).toContainEqual({
      name: "moveSessionAction",
      file: "app/[locale]/(workspace)/admin/[conference]/schedule/actions.ts",
    });
    expect(tables.map((t) => t.file)).toContain("tests/integration/authorization.test.ts");
  });

  it("each run as every role by an authorization table, unless open by design", () => {
    const uncovered = actions
      .filter(({ name }) => !(name in openActions))
      .filter(({ name }) => !tables.some((t) => mentions(t.code, name)))
      .map(({ name, file }) => `${name} (${file})`);
    expect(
      uncovered,
      "actions that no authorization table tries as every role: add rows to tests/integration/authorization*.test.ts",
    ).toEqual([]);
  });

  it("open by design are still actions (the list names nothing stale)", () => {
    const names = new Set(actions.map((a) => a.name));
    expect(Object.keys(openActions).filter((name) => !names.has(name))).toEqual([]);
  });

  it("have names unique across the app, so that a table row names one action", () => {
    const seen = new Map<string, string[]>();
    for (const { name, file } of actions) seen.set(name, [...(seen.get(name) ?? []), file]);
    expect([...seen].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});

describe("route handlers", () => {
  const routes = filesUnder(path.join(root, "app"), (f) => /(^|[\\/])route\.(ts|tsx|js)$/.test(f))
    .map(relative)
    .sort();
  const tables = roleTables();

  it("are found", () => {
    expect(routes).toContain("app/[locale]/(workspace)/admin/[conference]/export/speakers.csv/route.ts");
    expect(routes.length).toBeGreaterThan(20);
  });

  it("each public by design or tried as every role by an authorization table", () => {
    const unchecked = routes
      .filter((file) => !(file in publicRoutes))
      .filter((file) => {
        // The table imports the handler's module and calls it as every role.
        const specifier = `"@/${file.replace(/\.(ts|tsx|js)$/, "")}"`;
        return !tables.some((t) => /\/authorization[^/]*\.test\.ts$/.test(t.file) && t.text.includes(specifier));
      });
    expect(
      unchecked,
      "route handlers neither public by design nor in tests/integration/authorization-routes.test.ts",
    ).toEqual([]);
  });

  it("public by design still exist (the list names nothing stale)", () => {
    expect(Object.keys(publicRoutes).filter((file) => !routes.includes(file))).toEqual([]);
  });

  it("public by design are none of the workspace's", () => {
    expect(
      Object.keys(publicRoutes).filter(
        (file) => file.startsWith("app/[locale]/(workspace)/admin/") || file.startsWith("app/[locale]/(speaker)/me/"),
      ),
    ).toEqual([]);
  });
});
