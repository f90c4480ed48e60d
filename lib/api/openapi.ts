import { z } from "zod";
import { apiIntroduction, conventions, endpoints, type Endpoint, type PathParam } from "./endpoints";
import { allowedMethods, cacheControl } from "./http";
import type { QueryParam } from "./query";
import { apiRegistry } from "./schemas";

// OpenAPI 3.1 describes data with JSON Schema 2020-12, which zod writes itself:
// the registry's schemas become components/schemas, and each one that another
// uses is a $ref to it there.

type JsonObject = Record<string, unknown>;

const componentRef = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });

/** A schema as JSON Schema, without the root keywords OpenAPI sets itself. */
export function jsonSchema(schema: z.ZodType): JsonObject {
  return withoutRootKeywords(z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" }));
}

function withoutRootKeywords(schema: JsonObject): JsonObject {
  const copy = { ...schema };
  delete copy.$schema;
  delete copy.$id;
  return copy;
}

function schemaUri(id: string): string {
  return `#/components/schemas/${id}`;
}

function componentSchemas(): Record<string, JsonObject> {
  const { schemas } = z.toJSONSchema(apiRegistry, { target: "draft-2020-12", io: "output", uri: schemaUri });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutRootKeywords(schema)]));
}

function schemaId(schema: z.ZodType): string {
  const id = apiRegistry.get(schema)?.id;
  if (!id) throw new Error("Every response schema must be registered in apiRegistry");
  return id;
}

const headers = {
  ETag: {
    description: "Names the exact bytes of the body; send it back in If-None-Match to get 304 when nothing changed.",
    schema: { type: "string" },
  },
  "Cache-Control": {
    description: `Always \`${cacheControl}\` on 200 and 304.`,
    schema: { type: "string", const: cacheControl },
  },
  "Access-Control-Allow-Origin": {
    description: "Any web page may read the API.",
    schema: { type: "string", const: "*" },
  },
  "Access-Control-Expose-Headers": {
    description: "Lets scripts of other origins read the ETag.",
    schema: { type: "string", const: "ETag" },
  },
  "Access-Control-Allow-Methods": { schema: { type: "string", const: allowedMethods } },
  "Access-Control-Allow-Headers": { schema: { type: "string", const: "If-None-Match" } },
  "Access-Control-Max-Age": { schema: { type: "string" } },
  Allow: { schema: { type: "string", const: allowedMethods } },
};
const headerRefs = (...names: Array<keyof typeof headers>) =>
  Object.fromEntries(names.map((n) => [n, componentRef("headers", n)]));
const cachingHeaders = () =>
  headerRefs("ETag", "Cache-Control", "Access-Control-Allow-Origin", "Access-Control-Expose-Headers");

const errorContent = { "application/json": { schema: componentRef("schemas", "Error") } };
const responses = {
  NotModified: {
    description: "The client's copy, named by If-None-Match, is current. No body.",
    headers: cachingHeaders(),
  },
  BadRequest: {
    description: "A query parameter was refused; `error.parameter` names it.",
    headers: headerRefs("Access-Control-Allow-Origin"),
    content: errorContent,
  },
  NotFound: {
    description: "No published conference, or nothing with this id in it.",
    headers: headerRefs("Access-Control-Allow-Origin"),
    content: errorContent,
  },
  InternalError: {
    description: "A bug on our side; the body says no more.",
    headers: headerRefs("Access-Control-Allow-Origin"),
    content: errorContent,
  },
};

function queryParameter(name: string, param: QueryParam): JsonObject {
  return {
    name,
    in: "query",
    required: false,
    description: param.description,
    schema: jsonSchema(param.schema),
    ...(param.example ? { example: param.example } : {}),
  };
}

function pathParameter(param: PathParam): JsonObject {
  return {
    name: param.name,
    in: "path",
    required: true,
    description: param.description,
    schema: jsonSchema(param.schema),
    example: param.example,
  };
}

function parameterComponents(): Record<string, JsonObject> {
  const components: Record<string, JsonObject> = {
    "header.If-None-Match": {
      name: "If-None-Match",
      in: "header",
      required: false,
      description: "The ETag of the copy you hold.",
      schema: { type: "string" },
    },
  };
  for (const e of endpoints) {
    for (const p of e.pathParams) components[`path.${p.name}`] = pathParameter(p);
    for (const [name, p] of Object.entries(e.query)) components[`query.${name}`] = queryParameter(name, p);
  }
  return components;
}

function operation(e: Endpoint): JsonObject {
  const body =
    "schema" in e.response
      ? {
          "application/json": {
            schema: componentRef("schemas", schemaId(e.response.schema)),
            ...(e.example
              ? { examples: { demo: { summary: `GET ${e.example.request}`, value: e.example.response } } }
              : {}),
          },
        }
      : {
          [e.response.mediaType]: {
            schema: e.response.mediaType === "text/html" ? { type: "string" } : { type: "object" },
          },
        };
  return {
    operationId: e.operationId,
    tags: [e.tag],
    summary: e.summary,
    description: `${e.description} HEAD answers the same headers without the body.`,
    parameters: [
      ...Object.keys(e.query).map((name) => componentRef("parameters", `query.${name}`)),
      componentRef("parameters", "header.If-None-Match"),
    ],
    responses: {
      "200": {
        description: "schema" in e.response ? "OK" : e.response.description,
        headers: cachingHeaders(),
        content: body,
      },
      "304": componentRef("responses", "NotModified"),
      ...(Object.keys(e.query).length ? { "400": componentRef("responses", "BadRequest") } : {}),
      ...(e.pathParams.length ? { "404": componentRef("responses", "NotFound") } : {}),
      "500": componentRef("responses", "InternalError"),
    },
  };
}

function preflightOperation(e: Endpoint): JsonObject {
  return {
    operationId: `${e.operationId}Preflight`,
    tags: [e.tag],
    summary: "CORS preflight",
    responses: {
      "204": {
        description: "GET, HEAD and OPTIONS are allowed from any origin, with If-None-Match.",
        headers: headerRefs(
          "Allow",
          "Access-Control-Allow-Origin",
          "Access-Control-Allow-Methods",
          "Access-Control-Allow-Headers",
          "Access-Control-Max-Age",
        ),
      },
    },
  };
}

function buildDocument(): JsonObject {
  const paths = Object.fromEntries(
    endpoints.map((e) => [
      e.path,
      {
        ...(e.pathParams.length
          ? { parameters: e.pathParams.map((p) => componentRef("parameters", `path.${p.name}`)) }
          : {}),
        get: operation(e),
        options: preflightOperation(e),
      },
    ]),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "Podium public API",
      version: "1.0.0",
      description: [apiIntroduction, "", ...conventions.map((c) => `- ${c}`)].join("\n"),
      license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
    },
    tags: [
      { name: "Conferences", description: "Published conferences." },
      { name: "Programme", description: "What a conference's latest release holds." },
      { name: "About the API", description: "This description, for machines and for people." },
    ],
    paths,
    components: { schemas: componentSchemas(), parameters: parameterComponents(), headers, responses },
  };
}

let built: JsonObject | undefined;

/** The OpenAPI 3.1.0 document of /api/v1; built once, as it depends on the code alone. */
export function openApiDocument(): JsonObject {
  built ??= buildDocument();
  return built;
}
