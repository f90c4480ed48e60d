import { createHash } from "node:crypto";
import { apiIntroduction, conventions, endpoints, type Endpoint } from "./endpoints";
import { exampleOrigin } from "./examples";
import { jsonSchema, openApiDocument } from "./openapi";
import { apiRegistry } from "./schemas";

// The API's documentation as one small server-rendered page: no script, no
// outside font or stylesheet, readable in Chinese and English text alike.

const style = `
:root { color-scheme: light dark; --muted: #475569; --line: #cbd5e1; --code: #f1f5f9; --accent: #3730a3; }
@media (prefers-color-scheme: dark) { :root { --muted: #cbd5e1; --line: #475569; --code: #1e293b; --accent: #a5b4fc; } }
body { margin: 0 auto; max-width: 72rem; padding: 1rem; line-height: 1.6;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", sans-serif; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "Noto Sans Mono CJK SC", monospace; font-size: 0.9em; }
pre { background: var(--code); padding: 0.75rem; border-radius: 0.375rem; white-space: pre-wrap; overflow-wrap: anywhere; }
a { color: var(--accent); }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: Canvas; padding: 0.5rem; }
.method { display: inline-block; padding: 0 0.4rem; border: 1px solid currentColor; border-radius: 0.25rem; font-size: 0.8em; }
section { border-top: 1px solid var(--line); margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; }
th, td { border: 1px solid var(--line); padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
.muted { color: var(--muted); }
`;

/** The Content-Security-Policy the page needs: its one inline stylesheet and nothing else. */
export const docsPageSecurityPolicy = `default-src 'none'; style-src 'sha256-${createHash("sha256").update(style).digest("base64")}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** The little Markdown the descriptions use: `code` and **bold**. */
function inline(markdown: string): string {
  return escapeHtml(markdown)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
}

type Schema = Record<string, unknown>;

/** A JSON Schema in a few words: `integer, 1–200, default 50`, `Session or null`, `array of string`. */
export function describeSchema(schema: Schema): string {
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.split("/").pop()!;
    return `<a href="#schema-${escapeHtml(name)}">${escapeHtml(name)}</a>`;
  }
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Schema[]).map(describeSchema).join(" or ");
  const types = Array.isArray(schema.type)
    ? (schema.type as string[])
    : typeof schema.type === "string"
      ? [schema.type]
      : [];
  const parts: string[] = [types.length ? types.join(" or ") : "any"];
  if (types.includes("array") && schema.items) parts[0] = `array of ${describeSchema(schema.items as Schema)}`;
  if (typeof schema.format === "string") parts.push(escapeHtml(schema.format));
  if (Array.isArray(schema.enum))
    parts.push(`one of ${schema.enum.map((v) => `<code>${escapeHtml(String(v))}</code>`).join(", ")}`);
  if (schema.const !== undefined) parts.push(`always <code>${escapeHtml(String(schema.const))}</code>`);
  if (
    typeof schema.minimum === "number" &&
    typeof schema.maximum === "number" &&
    schema.maximum < Number.MAX_SAFE_INTEGER
  )
    parts.push(`${schema.minimum}–${schema.maximum}`);
  else if (typeof schema.minimum === "number") parts.push(`≥ ${schema.minimum}`);
  if (schema.default !== undefined) parts.push(`default ${escapeHtml(String(schema.default))}`);
  return parts.join(", ");
}

function parameterRows(e: Endpoint): string[] {
  const rows = [
    ...e.pathParams.map((p) => ({
      name: p.name,
      where: "path",
      schema: jsonSchema(p.schema),
      description: p.description,
    })),
    ...Object.entries(e.query).map(([name, p]) => ({
      name,
      where: "query",
      schema: jsonSchema(p.schema),
      description: p.description,
    })),
  ];
  return rows.map(
    (r) =>
      `<tr><th scope="row"><code>${escapeHtml(r.name)}</code></th><td>${r.where}</td><td>${describeSchema(r.schema)}</td><td>${inline(r.description)}</td></tr>`,
  );
}

function endpointSection(e: Endpoint, origin: string): string {
  const rows = parameterRows(e);
  const schemaName = "schema" in e.response ? escapeHtml(apiRegistry.get(e.response.schema)?.id ?? "") : "";
  const returns =
    "schema" in e.response ? `<a href="#schema-${schemaName}">${schemaName}</a>` : escapeHtml(e.response.description);
  return `<section id="${e.operationId}" aria-labelledby="${e.operationId}-title">
<h2 id="${e.operationId}-title"><span class="method">GET</span> <code>${escapeHtml(e.path)}</code></h2>
<p><strong>${escapeHtml(e.summary)}.</strong> ${inline(e.description)}</p>
<p>Returns ${returns}${e.pathParams.length ? "; 404 when it does not exist or is not published" : ""}${Object.keys(e.query).length ? "; 400 naming the parameter when one is refused" : ""}.</p>
${rows.length ? `<table><caption>Parameters</caption><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead><tbody>${rows.join("")}</tbody></table>` : `<p class="muted">No parameters.</p>`}
${e.example ? exampleBlock(e.example, origin) : `<pre><code>curl -i ${escapeHtml(`'${origin}${e.path}'`)}</code></pre>`}
</section>`;
}

function exampleBlock(example: { request: string; response: unknown }, origin: string): string {
  const json = JSON.stringify(example.response, null, 2).replaceAll(exampleOrigin, origin);
  return `<h3>Example from the demo conference</h3>
<h4>Request</h4>
<pre><code>curl -i ${escapeHtml(`'${origin}${example.request}'`)}</code></pre>
<h4>Response body</h4>
<pre><code>${escapeHtml(json)}</code></pre>`;
}

function schemaSection(name: string, schema: Schema): string {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  const rows = Object.entries(properties).map(
    ([field, s]) =>
      `<tr><th scope="row"><code>${escapeHtml(field)}</code>${required.has(field) ? "" : ' <span class="muted">(optional)</span>'}</th><td>${describeSchema(s)}</td><td>${inline(String(s.description ?? ""))}</td></tr>`,
  );
  return `<section id="schema-${escapeHtml(name)}" aria-labelledby="schema-${escapeHtml(name)}-title">
<h3 id="schema-${escapeHtml(name)}-title">${escapeHtml(name)}</h3>
<p>${inline(String(schema.description ?? ""))}</p>
<table><caption>Fields of ${escapeHtml(name)}</caption><thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead><tbody>${rows.join("")}</tbody></table>
</section>`;
}

/** The whole page; `origin` is where the reader reached the API, for copyable examples. */
export function renderDocsPage(origin: string): string {
  const schemas = (openApiDocument().components as { schemas: Record<string, Schema> }).schemas;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Podium public API</title>
<style>${style}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the endpoints</a>
<header>
<h1>Podium public API, version 1</h1>
<p>${inline(apiIntroduction)} The same description as an OpenAPI 3.1 document: <a href="${escapeHtml(origin)}/api/v1/openapi.json"><code>/api/v1/openapi.json</code></a>.</p>
</header>
<nav aria-labelledby="contents-title">
<h2 id="contents-title">Contents</h2>
<ul>${endpoints.map((e) => `<li><a href="#${e.operationId}"><code>GET ${escapeHtml(e.path)}</code></a>: ${escapeHtml(e.summary)}</li>`).join("")}<li><a href="#schemas">Response schemas</a></li></ul>
</nav>
<main id="main">
<section aria-labelledby="conventions-title">
<h2 id="conventions-title">Conventions</h2>
<ul>${conventions.map((c) => `<li>${inline(c)}</li>`).join("")}</ul>
</section>
${endpoints.map((e) => endpointSection(e, origin)).join("\n")}
<section id="schemas" aria-labelledby="schemas-title">
<h2 id="schemas-title">Response schemas</h2>
${Object.entries(schemas)
  .map(([name, schema]) => schemaSection(name, schema))
  .join("\n")}
</section>
</main>
</body>
</html>
`;
}
