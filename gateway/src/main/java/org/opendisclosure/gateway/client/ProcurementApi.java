package org.opendisclosure.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "procurement")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface ProcurementApi {

    @GET
    @Path("/departments/{departmentId}/procurement/{year}")
    Response procurement(@PathParam("departmentId") String departmentId, @PathParam("year") int year);

    /** One page of the analysts' list of a year's procurement parts (六), ordered by department. */
    @GET
    @Path("/fiscal-years/{year}/procurement")
    Response procurementList(@PathParam("year") int year, @QueryParam("page") int page, @QueryParam("size") int size);
}
