// A typed client of the suite: every path, parameter and answer comes from src/schema.d.ts,
// which openapi-typescript generates from the suite's served OpenAPI document (npm run generate).
import createClient from "openapi-fetch";
import { parseExact } from "./exact.js";
export { Amount, parseExact } from "./exact.js";
/** A client of the gateway at baseUrl (e.g. http://localhost:8080); reads need no token. */
export function createDisclosureClient(baseUrl, options = {}) {
    return createClient({ ...options, baseUrl });
}
/** A non-2xx answer, with the problem+json body the suite gives every error. */
export class ProblemError extends Error {
    status;
    problem;
    constructor(status, problem) {
        super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
        this.status = status;
        this.problem = problem;
        this.name = "ProblemError";
    }
}
function problemOf(error) {
    return typeof error === "object" && error !== null && "type" in error && "title" in error ? error : undefined;
}
/**
 * The body of a 2xx answer, read with every number exact (an Amount, whose text is the figure as
 * published: 17.60 stays 17.60), or the answer's problem thrown. The helpers below ask for the
 * answer as text (parseAs: "text") so that no number goes through a float.
 */
async function exactly(request) {
    const result = await request;
    if (!result.response.ok || result.data === undefined) {
        throw new ProblemError(result.response.status, problemOf(result.error));
    }
    return parseExact(result.data);
}
/** The whole disclosure of a department for a fiscal year, its nine parts in the document's order; amounts in 万元, exact. */
export function getDisclosure(client, departmentId, year) {
    return exactly(client.GET("/api/v1/disclosures/{departmentId}/{year}", {
        params: { path: { departmentId, year } }, parseAs: "text",
    }));
}
/** What the consistency rules found in a department's disclosure for a year, across its parts. */
export function getDisclosureFindings(client, departmentId, year) {
    return exactly(client.GET("/api/v1/disclosures/{departmentId}/{year}/findings", {
        params: { path: { departmentId, year } }, parseAs: "text",
    }));
}
/** One page of departments matching a name fragment and a division prefix. */
export function searchDepartments(client, query) {
    return exactly(client.GET("/api/v1/departments", { params: { query }, parseAs: "text" }));
}
/** One page of the year's disclosures, one row per department, with which parts each has. */
export function listYear(client, year, query = {}) {
    return exactly(client.GET("/api/v1/fiscal-years/{year}/disclosures", {
        params: { path: { year }, query }, parseAs: "text",
    }));
}
