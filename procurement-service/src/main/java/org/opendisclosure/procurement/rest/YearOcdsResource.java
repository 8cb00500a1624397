package org.opendisclosure.procurement.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.common.id.FiscalYear;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.web.PublicUris;
import org.opendisclosure.procurement.model.OcdsReleasePackage;
import org.opendisclosure.procurement.service.ProcurementService;
import org.opendisclosure.store.PartKey;

@Path("/api/v1/fiscal-years/{year}/ocds")
@Tag(name = "Analysts")
public class YearOcdsResource {

    private final ProcurementService service;
    private final ObjectMapper objectMapper;

    public YearOcdsResource(ProcurementService service, ObjectMapper objectMapper) {
        this.service = service;
        this.objectMapper = objectMapper;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getYearOcds", summary = "Every department's procurement plan of a fiscal year as one OCDS 1.1 release package",
            description = "One planning release per department with a procurement part (六) for the year, by department, each as "
                    + "GET /api/v1/departments/{departmentId}/procurement/{year}/ocds gives it; publishedDate is when the latest of "
                    + "them was written; a year without any is a 404. Money in CNY (万元 × 10000, exact). Written release by "
                    + "release as each department's part is read, never held whole: it has no ETag.")
    @APIResponse(responseCode = "200", description = "The release package",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OcdsReleasePackage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "Fiscal year, 2000 to 2100", schema = @Schema(type = SchemaType.INTEGER))
                        @PathParam("year") String year) {
        int fiscalYear = FiscalYear.parse("year", year);
        ProcurementService.YearOfReleases releases = service.releasesOfYear(fiscalYear);
        if (releases.departments().isEmpty()) {
            // OCDS requires a package's publishedDate, which a year without releases has none of.
            throw ProblemException.notFound("No department has a procurement part for " + fiscalYear);
        }
        String uri = PublicUris.get().absolutePath().toString();
        StreamingOutput body = out -> {
            try (JsonGenerator json = objectMapper.createGenerator(out)) {
                json.writeStartObject();
                json.writeStringField("uri", uri);
                json.writeStringField("version", "1.1");
                json.writeFieldName("publishedDate");
                objectMapper.writeValue(json, releases.published());
                json.writeFieldName("publisher");
                objectMapper.writeValue(json, new OcdsReleasePackage.Publisher(service.publisherName()));
                json.writeArrayFieldStart("releases");
                for (PartKey department : releases.departments()) {
                    objectMapper.writeValue(json, service.release(department));
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }
}
