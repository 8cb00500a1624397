package org.opendisclosure.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The consistency checks every service offers in the same shape; one client per service is built
 * from this interface (see {@link ServiceChecks}). {@code part} is the service's path segment:
 * budgets, performance, procurement or assets.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface ChecksApi {

    @GET
    @Path("/rules")
    Response rules();

    @GET
    @Path("/departments/{departmentId}/{part}/{year}/findings")
    Response findings(@PathParam("departmentId") String departmentId, @PathParam("part") String part,
                      @PathParam("year") int year, @QueryParam("tolerance") String tolerance);

    @POST
    @Path("/departments/{departmentId}/{part}/{year}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    Response check(@PathParam("departmentId") String departmentId, @PathParam("part") String part,
                   @PathParam("year") int year, @QueryParam("tolerance") String tolerance, JsonNode document);
}
