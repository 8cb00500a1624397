package org.opendisclosure.procurement.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.members.MemberListParams;
import org.opendisclosure.common.members.MemberPage;
import org.opendisclosure.common.web.TabularFormat;
import org.opendisclosure.common.web.TabularListApi;
import org.opendisclosure.common.web.TabularResponses;
import org.opendisclosure.procurement.model.ProcurementDimension;
import org.opendisclosure.procurement.service.ProcurementService;

@Path(MemberListParams.PATH)
@Tag(name = "Analysts")
public class MemberResource {

    private final ProcurementService service;
    private final TabularResponses tabular;

    public MemberResource(ProcurementService service, TabularResponses tabular) {
        this.service = service;
        this.tabular = tabular;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TabularFormat.TEXT_CSV})
    @Operation(operationId = "getProcurementMembers", summary = "The values a dimension of the procurement budgets takes",
            description = "catalogue-codes: the 政府采购品目分类目录 codes of the procurement lines (lines without a code left out), "
                    + "each named by the item name (品目) its lines most often give, its category (GOODS, WORKS, SERVICES) as "
                    + "parent; departments counts departments, occurrences lines. Of the current revisions of one fiscal year, or of "
                    + "every year; ordered by code. JSON by default; CSV with Accept: text/csv or format=csv. A dimension not served "
                    + "here is a 404 naming those that are.")
    @Parameter(name = "dimension", in = ParameterIn.PATH, required = true, schema = @Schema(enumeration = {"catalogue-codes"}))
    @Extension(name = TabularListApi.MARK, value = "true")
    @APIResponse(responseCode = "200", description = "One page of values",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberPage.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response members(@BeanParam MemberListParams params) {
        ProcurementDimension dimension = params.dimension(ProcurementDimension.class);
        return tabular.members(params, dimension.key(), (year, page) -> service.members(dimension, year, page));
    }
}
