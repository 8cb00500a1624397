package org.opendisclosure.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "budget")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface BudgetApi {

    @GET
    @Path("/departments/{departmentId}")
    Response department(@PathParam("departmentId") String departmentId);

    @GET
    @Path("/departments/{departmentId}/budgets/{year}")
    Response budget(@PathParam("departmentId") String departmentId, @PathParam("year") int year);

    /** One page of the analysts' list of a year's budgets (parts 二 三 四 八 九), ordered by department. */
    @GET
    @Path("/fiscal-years/{year}/budgets")
    Response budgets(@PathParam("year") int year, @QueryParam("page") int page, @QueryParam("size") int size);
}
