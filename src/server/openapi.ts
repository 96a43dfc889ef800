/** The API's OpenAPI 3.1 description, served at /api/openapi.json. */
const err = { description: "error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
const json = (ref: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } });

export const OPENAPI = {
  openapi: "3.1.0",
  info: { title: "Parallax API", version: "0.1.0", description: "Stories, claim-by-claim reconciliations, articles, entities and search over a Parallax store. Offsets are UTF-16 indexes into each article's text." },
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "PARALLAX_TOKEN; required for write endpoints when the server listens beyond loopback" } },
    schemas: {
      Error: { type: "object", properties: { error: { type: "object", properties: { field: { type: "string" }, message: { type: "string" } }, required: ["field", "message"] } } },
      Record: { type: "object", description: "The JSON Lines record of the contract", properties: { id: { type: "string" }, url: { type: "string" }, outlet: { type: "string" }, title: { type: "string" }, published: { type: "string", format: "date" }, text: { type: "string" }, html: { type: "string" } } },
      StorySummary: { type: "object", properties: { id: { type: "string" }, title: { type: "string" }, articles: { type: "integer" }, outlets: { type: "array", items: { type: "string" } }, from: { type: ["string", "null"] }, to: { type: ["string", "null"] }, counts: { type: "object" }, conflicts: { type: "integer" } } },
      StoryPage: { type: "object", properties: { story: { type: "object", description: "Story of the contract: claims, conflicts, quotes, timeline" }, articles: { type: "array", items: { type: "object" } } } },
      SearchHit: { type: "object", properties: { kind: { enum: ["article", "claim"] }, id: { type: "string" }, story: { type: "string" }, title: { type: "string" }, snippet: { type: "string" }, score: { type: "number" } } },
      Job: { type: "object", properties: { id: { type: "string" }, status: { enum: ["running", "done", "failed"] }, done: { type: "integer" }, total: { type: "integer" }, result: { type: "object" } } },
    },
  },
  paths: {
    "/api/stories": { get: { summary: "List stories", parameters: ["from", "to", "outlet", "entity"].map((name) => ({ name, in: "query", schema: { type: "string" } })), responses: { 200: { description: "stories", content: { "application/json": { schema: { type: "object", properties: { stories: { type: "array", items: { $ref: "#/components/schemas/StorySummary" } } } } } } }, 400: err } } },
    "/api/stories/{id}": { get: { summary: "A story with its full reconciliation and articles", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { 200: { description: "story", content: json("StoryPage") }, 404: err } } },
    "/api/articles/{id}": { get: { summary: "An analysed article", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { 200: { description: "article" }, 404: err } } },
    "/api/articles": { post: { summary: "Ingest one record or a list of records, then group and reconcile", security: [{ bearer: [] }], requestBody: { content: { "application/json": { schema: { oneOf: [{ $ref: "#/components/schemas/Record" }, { type: "array", items: { $ref: "#/components/schemas/Record" } }] } } } }, responses: { 201: { description: "ingested" }, 400: err, 401: err, 422: err } } },
    "/api/imports": { post: { summary: "Start an import of URLs or records; poll its status", security: [{ bearer: [] }], requestBody: { content: { "application/json": { schema: { type: "object", properties: { urls: { type: "array", items: { type: "string" } }, records: { type: "array", items: { $ref: "#/components/schemas/Record" } } } } } } }, responses: { 202: { description: "started" }, 400: err, 401: err } } },
    "/api/imports/{id}": { get: { summary: "Import progress and result", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { 200: { description: "job", content: json("Job") }, 404: err } } },
    "/api/entities": { get: { summary: "Canonical entities", responses: { 200: { description: "entities" } } } },
    "/api/entities/{id}": { get: { summary: "An entity: aliases, stories, titles given by each outlet", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { 200: { description: "entity" }, 404: err } } },
    "/api/search": { get: { summary: "Ranked full-text search over articles and claims", parameters: [{ name: "q", in: "query", required: true, schema: { type: "string" } }, { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200 } }], responses: { 200: { description: "hits", content: { "application/json": { schema: { type: "object", properties: { hits: { type: "array", items: { $ref: "#/components/schemas/SearchHit" } } } } } } }, 400: err } } },
  },
};
