package org.opendisclosure.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "assets")
@Path("/api/v1/departments/{departmentId}/assets/{year}")
@Produces(MediaType.APPLICATION_JSON)
interface AssetsApi {

    @GET
    Response assets(@PathParam("departmentId") String departmentId, @PathParam("year") int year);
}
