import fs from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import ts from "typescript";

// What a client component pulls into the browser bundle, read from the sources: the
// value imports reachable from each "use client" module. A "use server" module is a
// boundary (the client gets references to its actions, not its code); types are erased.

export function filesUnder(dir: string, accept: (file: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : filesUnder(full, accept);
    return accept(full) ? [full] : [];
  });
}

/** Packages that must never reach a browser bundle. */
export const serverPackages = [
  "better-sqlite3",
  "drizzle-orm/better-sqlite3",
  "@node-rs/bcrypt",
  "nodemailer",
  "sharp",
  "server-only",
  "next/headers",
  "smtp-server",
];
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function directives(source: ts.SourceFile): string[] {
  const found: string[] = [];
  for (const statement of source.statements) {
    if (!(ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression))) break;
    found.push(statement.expression.text);
  }
  return found;
}

/** The specifiers a module imports as values (imports, re-exports, import() and require()). */
function valueImports(source: ts.SourceFile): string[] {
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) found.push(statement.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      !statement.isTypeOnly
    ) {
      found.push(statement.moduleSpecifier.text);
    }
  }
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0]!)) {
      if (
        node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require")
      )
        found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function resolve(root: string, from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (base === null) return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  let source = parsed.get(file);
  if (!source) {
    source = ts.createSourceFile(
      file,
      fs.readFileSync(file, "utf8"),
      ts.ScriptTarget.Latest,
      true,
      file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    parsed.set(file, source);
  }
  return source;
}

/** Why a module may not be in a browser bundle, or null. */
function serverReason(root: string, file: string): string | null {
  const rel = path.relative(root, file).split(path.sep).join("/");
  if (rel.startsWith("db/")) return "database code";
  if (rel === "auth.ts") return "Auth.js configuration";
  const imports = valueImports(parse(file));
  const server = imports.find((s) => builtins.has(s) || serverPackages.some((p) => s === p || s.startsWith(`${p}/`)));
  return server ? `imports ${server}` : null;
}

/** Every chain from a "use client" module to a module that must stay on the server, as "a → b → c (why)". */
export function clientImportLeaks(root: string, dirs = ["app", "components", "lib", "i18n"]): string[] {
  const rel = (file: string) => path.relative(root, file).split(path.sep).join("/");
  const entries = dirs
    .flatMap((d) => filesUnder(path.join(root, d), (f) => /\.tsx?$/.test(f)))
    .filter((f) => directives(parse(f)).includes("use client"));
  const leaks = new Set<string>();
  for (const entry of entries) {
    const seen = new Set<string>([entry]);
    const queue: string[][] = [[entry]];
    while (queue.length) {
      const chain = queue.shift()!;
      const file = chain.at(-1)!;
      const why = serverReason(root, file);
      if (why) {
        leaks.add(`${chain.map(rel).join(" → ")} (${why})`);
        continue;
      }
      for (const specifier of valueImports(parse(file))) {
        const target = resolve(root, file, specifier);
        if (!target || seen.has(target) || directives(parse(target)).includes("use server")) continue;
        seen.add(target);
        queue.push([...chain, target]);
      }
    }
  }
  return [...leaks].sort();
}

/** The modules that import "server-only". */
export function serverOnlyModules(root: string, dirs = ["app", "components", "lib", "db"]): string[] {
  return dirs
    .flatMap((d) => filesUnder(path.join(root, d), (f) => /\.tsx?$/.test(f)))
    .filter((f) => valueImports(parse(f)).includes("server-only"))
    .map((f) => path.relative(root, f).split(path.sep).join("/"))
    .sort();
}
