package org.opendisclosure.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "performance")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface PerformanceApi {

    @GET
    @Path("/departments/{departmentId}/performance/{year}")
    Response performance(@PathParam("departmentId") String departmentId, @PathParam("year") int year);

    /** One page of the analysts' list of a year's performance parts (五), ordered by department. */
    @GET
    @Path("/fiscal-years/{year}/performance")
    Response performanceList(@PathParam("year") int year, @QueryParam("page") int page, @QueryParam("size") int size);
}
