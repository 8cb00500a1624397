package org.opendisclosure.common.web;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What the OpenAPI document says of every list {@link TabularResponses} answers, said once. An
 * operation marked {@code @Extension(name = TabularListApi.MARK, value = "true")} declares only its
 * 200 with the JSON page schema (and any header of its own); it is given the {@code ETag} and
 * {@code X-Total-Count}, {@code Link} and {@code Vary} headers (which a download, {@code download=true}, has not), the CSV and XLSX
 * alternatives and the 304, 400 and 406 answers, and the mark
 * is taken out of the served document. Run by {@link org.opendisclosure.common.problem.ProblemApiFilter}.
 */
public final class TabularListApi {

    public static final String MARK = "x-tabular-list";

    private TabularListApi() {
    }

    public static void complete(Operation operation) {
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(MARK)) {
            return;
        }
        APIResponses responses = operation.getResponses();
        APIResponse ok = responses.getAPIResponse("200");
        // The scanner puts a method's extension on its responses as well.
        operation.removeExtension(MARK);
        ok.removeExtension(MARK);
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put("ETag", header(SchemaType.STRING));
        headers.put(TabularResponses.TOTAL_COUNT, header(SchemaType.INTEGER).description("Rows matching the filters, on every page"));
        headers.put("Link", OASFactory.createHeader().description("RFC 8288 links to the first, previous, next and last pages "
                        + "(rel=\"first\", \"prev\", \"next\", \"last\"), those there are; under the suite's public address")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        headers.put(HttpHeaders.VARY, OASFactory.createHeader().description("Accept: the same URL gives JSON, CSV or XLSX")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        headers.put("Content-Disposition", OASFactory.createHeader().description("inline (a page) or attachment (download=true) "
                + "with the file's name, for CSV and XLSX").schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        if (ok.getHeaders() != null) {
            headers.putAll(ok.getHeaders());
        }
        ok.setHeaders(headers);
        ok.getContent().addMediaType(TabularFormat.TEXT_CSV,
                OASFactory.createMediaType().schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        ok.getContent().addMediaType(TabularFormat.SPREADSHEET,
                OASFactory.createMediaType().schema(OASFactory.createSchema().addType(SchemaType.STRING).format("binary")));
        responses.addAPIResponse("304", OASFactory.createAPIResponse().ref("NotModified"));
        responses.addAPIResponse("400", OASFactory.createAPIResponse().ref("BadRequest"));
        responses.addAPIResponse("406", OASFactory.createAPIResponse().ref("NotAcceptable"));
    }

    private static Header header(SchemaType type) {
        return OASFactory.createHeader().schema(OASFactory.createSchema().addType(type));
    }
}
