// A typed client of the suite: every path, parameter and answer comes from src/schema.d.ts,
// which openapi-typescript generates from the suite's served OpenAPI document (npm run generate).
import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import { type Exact, parseExact } from "./exact.js";
import type { components, operations, paths } from "./schema.js";

export { Amount, type Exact, parseExact } from "./exact.js";
export type { components, operations, paths };

export type Disclosure = components["schemas"]["Disclosure"];
export type DisclosurePart = components["schemas"]["DisclosurePart"];
export type Problem = components["schemas"]["Problem"];
export type DepartmentQuery = NonNullable<operations["listDepartments"]["parameters"]["query"]>;
export type YearListQuery = NonNullable<operations["listFiscalYearsDisclosuresByYear"]["parameters"]["query"]>;

/** The JSON body of an operation's 200 answer. */
export type Answer<O extends keyof operations> =
  operations[O]["responses"] extends { 200: { content: { "application/json": infer B } } } ? B : never;

export type DisclosureClient = Client<paths>;

/** A client of the gateway at baseUrl (e.g. http://localhost:8080); reads need no token. */
export function createDisclosureClient(baseUrl: string, options: Omit<ClientOptions, "baseUrl"> = {}): DisclosureClient {
  return createClient<paths>({ ...options, baseUrl });
}

/** A non-2xx answer, with the problem+json body the suite gives every error. */
export class ProblemError extends Error {
  constructor(readonly status: number, readonly problem: Problem | undefined) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = "ProblemError";
  }
}

function problemOf(error: unknown): Problem | undefined {
  return typeof error === "object" && error !== null && "type" in error && "title" in error ? (error as Problem) : undefined;
}

/**
 * The body of a 2xx answer, read with every number exact (an Amount, whose text is the figure as
 * published: 17.60 stays 17.60), or the answer's problem thrown. The helpers below ask for the
 * answer as text (parseAs: "text") so that no number goes through a float.
 */
async function exactly<T>(request: Promise<{ data?: string; error?: unknown; response: Response }>): Promise<Exact<T>> {
  const result = await request;
  if (!result.response.ok || result.data === undefined) {
    throw new ProblemError(result.response.status, problemOf(result.error));
  }
  return parseExact(result.data) as Exact<T>;
}

/** The whole disclosure of a department for a fiscal year, its nine parts in the document's order; amounts in 万元, exact. */
export function getDisclosure(client: DisclosureClient, departmentId: string, year: number) {
  return exactly<Answer<"getDisclosuresByDepartmentIdAndYear">>(client.GET("/api/v1/disclosures/{departmentId}/{year}", {
    params: { path: { departmentId, year } }, parseAs: "text",
  }));
}

/** What the consistency rules found in a department's disclosure for a year, across its parts. */
export function getDisclosureFindings(client: DisclosureClient, departmentId: string, year: number) {
  return exactly<Answer<"listDisclosuresFindingsByDepartmentIdAndYear">>(client.GET("/api/v1/disclosures/{departmentId}/{year}/findings", {
    params: { path: { departmentId, year } }, parseAs: "text",
  }));
}

/** One page of departments matching a name fragment and a division prefix. */
export function searchDepartments(client: DisclosureClient, query: DepartmentQuery) {
  return exactly<Answer<"listDepartments">>(client.GET("/api/v1/departments", { params: { query }, parseAs: "text" }));
}

/** One page of the year's disclosures, one row per department, with which parts each has. */
export function listYear(client: DisclosureClient, year: number, query: YearListQuery = {}) {
  return exactly<Answer<"listFiscalYearsDisclosuresByYear">>(client.GET("/api/v1/fiscal-years/{year}/disclosures", {
    params: { path: { year }, query }, parseAs: "text",
  }));
}
