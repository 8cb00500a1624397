package org.opendisclosure.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.opendisclosure.common.revision.DryRunnable;
import org.opendisclosure.common.revision.MinimalReturn;
import org.opendisclosure.common.web.RequestIdFilter;

/**
 * What every service offers in the same shape, as the gateway calls it: the documents of a
 * disclosure under {@code /api/v1/departments/{departmentId}/{segment}/{year}}, the analysts'
 * lists of a year, the consistency checks, readiness and the OpenAPI document. One client per
 * service is built from it (see {@link ServiceClient}). A null header or query value is left out.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
interface ServiceApi {

    String DOCUMENT = "api/v1/departments/{departmentId}/{segment}/{year}";
    String DISCLOSURE_WRITE = "api/v1/departments/{departmentId}/" + Services.DISCLOSURE_WRITES + "/{year}";

    @GET
    @Path(DOCUMENT)
    Response document(@PathParam("departmentId") String departmentId, @PathParam("segment") String segment,
                      @PathParam("year") int year, @HeaderParam(RequestIdFilter.HEADER) String requestId);

    @PUT
    @Path(DOCUMENT)
    @Consumes(MediaType.APPLICATION_JSON)
    Response write(@PathParam("departmentId") String departmentId, @PathParam("segment") String segment,
                   @PathParam("year") int year, @QueryParam(DryRunnable.PARAM) Boolean dryRun,
                   @HeaderParam(RequestIdFilter.HEADER) String requestId,
                   @HeaderParam(HttpHeaders.AUTHORIZATION) String credentials,
                   @HeaderParam("X-Source-Document") String sourceDocument,
                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(MinimalReturn.PREFER) String prefer,
                   byte[] document);

    @GET
    @Path(DISCLOSURE_WRITE)
    Response disclosureWrite(@PathParam("departmentId") String departmentId, @PathParam("year") int year,
                             @HeaderParam(RequestIdFilter.HEADER) String requestId);

    @PUT
    @Path(DISCLOSURE_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    Response recordDisclosureWrite(@PathParam("departmentId") String departmentId, @PathParam("year") int year,
                                   @HeaderParam(RequestIdFilter.HEADER) String requestId,
                                   @HeaderParam(HttpHeaders.AUTHORIZATION) String credentials, byte[] change);

    /** A department's kept findings counts of a year, as every service keeps them for its parts. */
    @GET
    @Path("api/v1/fiscal-years/{year}/" + Services.KEPT_FINDINGS_COUNTS)
    Response keptCounts(@PathParam("year") int year, @QueryParam("departmentId") String departmentId,
                        @HeaderParam(RequestIdFilter.HEADER) String requestId);

    /** Keeps the findings across parts of a department-year (budget-service keeps them for the gateway). */
    @PUT
    @Path("api/v1/departments/{departmentId}/" + Services.CROSS_PART_FINDINGS + "/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response keepCrossPartFindings(@PathParam("departmentId") String departmentId, @PathParam("year") int year,
                                   @HeaderParam(RequestIdFilter.HEADER) String requestId,
                                   @HeaderParam(HttpHeaders.AUTHORIZATION) String credentials, byte[] findings);

    /** The years a department has the document, where its service lists them (budget-service does for its budgets). */
    @GET
    @Path("api/v1/departments/{departmentId}/{segment}")
    Response years(@PathParam("departmentId") String departmentId, @PathParam("segment") String segment,
                   @QueryParam("page") int page, @QueryParam("size") int size,
                   @HeaderParam(RequestIdFilter.HEADER) String requestId);

    @GET
    @Path("api/v1/fiscal-years/{year}/{list}")
    Response yearList(@PathParam("year") int year, @PathParam("list") String list, @QueryParam("page") int page,
                      @QueryParam("size") int size, @HeaderParam(RequestIdFilter.HEADER) String requestId);

    /** Its parts summed by area, over the years from fromYear to toYear (a null bound is open). */
    @GET
    @Path("api/v1/{list}")
    Response areas(@PathParam("list") String list, @QueryParam("level") String level, @QueryParam("division") String division,
                   @QueryParam("fromYear") Integer fromYear, @QueryParam("toYear") Integer toYear, @QueryParam("page") int page,
                   @QueryParam("size") int size, @HeaderParam(RequestIdFilter.HEADER) String requestId);

    @GET
    @Path("api/v1/rules")
    Response rules(@HeaderParam(RequestIdFilter.HEADER) String requestId);

    @GET
    @Path(DOCUMENT + "/findings")
    Response findings(@PathParam("departmentId") String departmentId, @PathParam("segment") String segment,
                      @PathParam("year") int year, @QueryParam("tolerance") String tolerance,
                      @HeaderParam(RequestIdFilter.HEADER) String requestId);

    @POST
    @Path(DOCUMENT + "/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    Response check(@PathParam("departmentId") String departmentId, @PathParam("segment") String segment,
                   @PathParam("year") int year, @QueryParam("tolerance") String tolerance,
                   @HeaderParam(RequestIdFilter.HEADER) String requestId, byte[] document);

    @GET
    @Path("q/health/ready")
    Response ready();

    @GET
    @Path("q/openapi")
    Response openApi(@QueryParam("format") String format);
}
