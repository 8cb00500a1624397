package org.opendisclosure.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.opendisclosure.common.revision.DryRunnable;

/**
 * The services' write endpoints for the parts of a disclosure. Not a configured client: one
 * instance is built per service (see {@link ServiceWrites}), each used only for the documents that
 * service owns, so that writes get their own timeouts without touching the reads' clients.
 * A null {@code dryRun} leaves the parameter out: a real write.
 */
@Path("/api/v1/departments/{departmentId}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface DocumentWrites {

    @PUT
    Response department(@PathParam("departmentId") String departmentId,
                        @QueryParam(DryRunnable.PARAM) Boolean dryRun, JsonNode document);

    @PUT
    @Path("/budgets/{year}")
    Response budget(@PathParam("departmentId") String departmentId, @PathParam("year") int year,
                    @QueryParam(DryRunnable.PARAM) Boolean dryRun, JsonNode document);

    @PUT
    @Path("/performance/{year}")
    Response performance(@PathParam("departmentId") String departmentId, @PathParam("year") int year,
                         @QueryParam(DryRunnable.PARAM) Boolean dryRun, JsonNode document);

    @PUT
    @Path("/procurement/{year}")
    Response procurement(@PathParam("departmentId") String departmentId, @PathParam("year") int year,
                         @QueryParam(DryRunnable.PARAM) Boolean dryRun, JsonNode document);

    @PUT
    @Path("/assets/{year}")
    Response assets(@PathParam("departmentId") String departmentId, @PathParam("year") int year,
                    @QueryParam(DryRunnable.PARAM) Boolean dryRun, JsonNode document);
}
