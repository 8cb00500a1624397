// A typed client of the suite: every path, parameter and answer comes from src/schema.d.ts,
// which openapi-typescript generates from the suite's served OpenAPI document (npm run generate).
import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { components, operations, paths } from "./schema.js";

export type { components, operations, paths };

export type Disclosure = components["schemas"]["Disclosure"];
export type DisclosurePart = components["schemas"]["DisclosurePart"];
export type Problem = components["schemas"]["Problem"];
export type DepartmentQuery = NonNullable<operations["listDepartments"]["parameters"]["query"]>;
export type YearListQuery = NonNullable<operations["listFiscalYearsDisclosuresByYear"]["parameters"]["query"]>;

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

/** The body of a 2xx answer, or the answer's problem thrown. */
function answered<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) {
    throw new ProblemError(result.response.status, problemOf(result.error));
  }
  return result.data;
}

/**
 * The whole disclosure of a department for a fiscal year, its nine parts in the document's order.
 * Amounts are 万元 as published; a JavaScript number shows them digit for digit while they have at
 * most 15 significant digits, as every published figure does.
 */
export async function getDisclosure(client: DisclosureClient, departmentId: string, year: number): Promise<Disclosure> {
  return answered(await client.GET("/api/v1/disclosures/{departmentId}/{year}", {
    params: { path: { departmentId, year } },
  }));
}

/** One page of departments matching a name fragment and a division prefix. */
export async function searchDepartments(client: DisclosureClient, query: DepartmentQuery) {
  return answered(await client.GET("/api/v1/departments", { params: { query } }));
}

/** One page of the year's disclosures, one row per department, with which parts each has. */
export async function listYear(client: DisclosureClient, year: number, query: YearListQuery = {}) {
  return answered(await client.GET("/api/v1/fiscal-years/{year}/disclosures", {
    params: { path: { year }, query },
  }));
}
