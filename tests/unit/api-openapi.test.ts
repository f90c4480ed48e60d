import { describe, expect, it } from "vitest";
import { z } from "zod";
import { endpoints } from "@/lib/api/endpoints";
import { openApiDocument } from "@/lib/api/openapi";
import { apiRegistry } from "@/lib/api/schemas";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const doc = openApiDocument() as Json;

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1.0 with every registered schema under components", () => {
    expect(doc.openapi).toBe("3.1.0");
    const ids = [
      "Conference",
      "Forum",
      "ForumOrganization",
      "OrganizationRef",
      "Session",
      "RoomRef",
      "TrackRef",
      "SessionPerson",
      "Speaker",
      "Release",
      "PageInfo",
      "Error",
    ];
    const wrappers = ["Conference", "Forum", "Session", "Speaker", "Release"].flatMap((n) => [
      `${n}Page`,
      ...(n === "Release" ? [] : [`${n}Item`]),
    ]);
    expect(Object.keys(doc.components.schemas).sort()).toEqual([...ids, ...wrappers].sort());
    for (const e of endpoints)
      if ("schema" in e.response) expect(doc.components.schemas).toHaveProperty(apiRegistry.get(e.response.schema)!.id);
    expect(doc.components.schemas.Session.$schema).toBeUndefined();
    expect(doc.components.schemas.SessionPage.properties.data.items).toEqual({ $ref: "#/components/schemas/Session" });
  });

  it("derives each parameter's schema from the zod that parses it", () => {
    expect(doc.components.parameters["query.limit"]).toMatchObject({
      in: "query",
      schema: { type: "integer", minimum: 1, maximum: 200, default: 50 },
    });
    expect(doc.components.parameters["query.day"].schema).toMatchObject({ type: "string", format: "date" });
    expect(doc.components.parameters["query.changedSince"].schema).toMatchObject({
      type: "string",
      format: "date-time",
    });
    expect(doc.components.parameters["path.session"]).toMatchObject({
      in: "path",
      required: true,
      schema: { format: "uuid" },
    });
  });

  it("documents 200, 304, 400 and 404 where they can happen, with the caching and CORS headers", () => {
    const sessions = doc.paths["/api/v1/conferences/{conference}/sessions"];
    expect(Object.keys(sessions.get.responses)).toEqual(expect.arrayContaining(["200", "304", "400", "404"]));
    expect(Object.keys(sessions.get.responses["200"].headers)).toEqual(
      expect.arrayContaining(["ETag", "Cache-Control", "Access-Control-Allow-Origin"]),
    );
    expect(sessions.get.parameters).toContainEqual({ $ref: "#/components/parameters/query.speaker" });
    expect(sessions.options.responses["204"].headers).toHaveProperty("Access-Control-Allow-Methods");
    const session = doc.paths["/api/v1/conferences/{conference}/sessions/{session}"];
    expect(session.get.responses).not.toHaveProperty("400");
    expect(session.parameters).toEqual([
      { $ref: "#/components/parameters/path.conference" },
      { $ref: "#/components/parameters/path.session" },
    ]);
    expect(doc.paths["/api/v1/conferences"].get.responses).not.toHaveProperty("404");
  });

  it("carries examples that the response schemas accept", () => {
    for (const e of endpoints) {
      if (!e.example || !("schema" in e.response)) continue;
      const schema = e.response.schema as z.ZodType;
      expect(schema.parse(e.example.response), e.operationId).toEqual(e.example.response);
      expect(doc.paths[e.path].get.responses["200"].content["application/json"].examples.demo.value).toBe(
        e.example.response,
      );
    }
  });
});

describe("component schemas", () => {
  it("are described, and shared shapes are referenced rather than repeated", () => {
    for (const [id, schema] of Object.entries(doc.components.schemas as Record<string, Json>))
      expect(schema.description, id).toBeTruthy();
    expect(doc.components.schemas.Session.properties.room).toEqual({
      anyOf: [{ $ref: "#/components/schemas/RoomRef" }, { type: "null" }],
    });
    expect(doc.components.schemas.Session.properties.people.items).toEqual({
      $ref: "#/components/schemas/SessionPerson",
    });
  });
});
