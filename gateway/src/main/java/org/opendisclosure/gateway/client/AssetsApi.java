package org.opendisclosure.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "assets")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface AssetsApi {

    @GET
    @Path("/departments/{departmentId}/assets/{year}")
    Response assets(@PathParam("departmentId") String departmentId, @PathParam("year") int year);

    /** One page of the analysts' list of a year's assets parts (七), ordered by department. */
    @GET
    @Path("/fiscal-years/{year}/assets")
    Response assetsList(@PathParam("year") int year, @QueryParam("page") int page, @QueryParam("size") int size);
}
