package org.opendisclosure.common.problem;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.opendisclosure.common.security.Writes;
import org.opendisclosure.common.web.TabularListApi;

/**
 * Adds the error responses every service shares to the OpenAPI document, so that operations
 * refer to them by name ({@code @APIResponse(responseCode = "404", ref = "NotFound")}). Done as a
 * filter because annotations in a library jar are not scanned into the services' documents.
 * Each service registers it with {@code mp.openapi.filter}; it also completes the operations of
 * the tabular lists ({@link TabularListApi}).
 */
public class ProblemApiFilter implements OASFilter {

    static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";

    // Sorted: the served document, and the client types made from it, must be the same from run to run.
    private static final Map<String, String[]> RESPONSES = new TreeMap<>(Map.of(
            "BadRequest", new String[]{"400", "Invalid input; errors names each offending field or parameter"},
            "Unauthorized", new String[]{"401", "No bearer token, or one that is malformed, expired or not signed by the trusted issuer"},
            "Forbidden", new String[]{"403", "The token's write scopes do not cover this department"},
            "NotFound", new String[]{"404", "No such department, fiscal year or revision"},
            "NotAcceptable", new String[]{"406", "None of the media types in Accept can be produced (a type given q=0 is ruled out)"},
            "Conflict", new String[]{"409", "A concurrent write won; read again and retry"},
            "PreconditionFailed", new String[]{"412", "If-Match does not name the current ETag; nothing was written"},
            "PayloadTooLarge", new String[]{"413", "The body is larger than the configured limit"},
            "UnsupportedMediaType", new String[]{"415", "The body must be application/json"},
            "UnprocessableDocument", new String[]{"422", "The document cannot be imported; errors names the line"}));

    @Override
    public Schema filterSchema(Schema schema) {
        AnswerSchemas.complete(schema);
        return schema;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        TabularListApi.complete(operation);
        if (answersWithContent(operation) && !operation.getResponses().hasAPIResponse("406")) {
            // Accept may rule out every type an operation produces (AcceptQualities).
            operation.getResponses().addAPIResponse("406", OASFactory.createAPIResponse().ref("NotAcceptable"));
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty() && operation.getResponses() != null) {
            operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().ref("Unauthorized"));
            operation.getResponses().addAPIResponse("403", OASFactory.createAPIResponse().ref("Forbidden"));
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        var components = openAPI.getComponents();
        components.addSchema("FieldError", OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("One offending field of a request")
                .addProperty("field", string("JSON path of the field in the body (e.g. summary.revenue.total), or the parameter or header name"))
                .addProperty("message", string("What is wrong with it"))
                .required(List.of("field", "message")));
        components.addSchema("Problem", OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details. 错误说明：type 标识错误类别，errors 列出每个有问题的字段或行。")
                .addProperty("type", string("URI identifying the kind of problem, e.g. urn:budget-disclosure:problem:invalid-input"))
                .addProperty("title", string("Short, stable summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).description("HTTP status code"))
                .addProperty("detail", string("What went wrong with this request, for a human"))
                .addProperty("instance", string("The request path the problem arose on"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("For invalid input: each offending field with its message")
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(List.of("type", "title", "status")));
        RESPONSES.forEach((name, statusAndDescription) -> components.addResponse(name, OASFactory.createAPIResponse()
                .description(statusAndDescription[1])
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))))));
        components.addSecurityScheme(Writes.SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("Writes only; reads are open. A JWT from the suite's issuer whose scope claim names what it may "
                        + "write: write:* (every department), write:130624 (the departments of the divisions whose code starts "
                        + "with those 2, 4, 6, 9 or 12 digits) or write:130624-203 (one department). 写入需要令牌；读取无需。"));
        components.addResponse(SERVICE_UNAVAILABLE, OASFactory.createAPIResponse()
                .description("The service's database cannot be reached right now; nothing was read or written. Try again after Retry-After seconds")
                .addHeader("Retry-After", OASFactory.createHeader()
                        .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).description("Seconds to wait before trying again")))
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
        if (hasDatabase()) {
            // Any operation of a service with a database can meet it down (ProblemMappers answers 503 then).
            if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
                openAPI.getPaths().getPathItems().forEach((path, item) -> {
                    if (path.startsWith("/api/")) {
                        item.getOperations().values().forEach(operation -> {
                            if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("503")) {
                                operation.getResponses().addAPIResponse("503", OASFactory.createAPIResponse()
                                        .ref("#/components/responses/" + SERVICE_UNAVAILABLE));
                            }
                        });
                    }
                });
            }
        }
        components.addResponse("NotModified", OASFactory.createAPIResponse()
                .description("Not modified: If-None-Match names the current ETag")
                .addHeader("ETag", OASFactory.createHeader().schema(string("The current entity tag"))));
        DocumentForClients.complete(openAPI);
    }

    private static boolean answersWithContent(Operation operation) {
        return operation.getResponses() != null && operation.getResponses().getAPIResponses() != null
                && operation.getResponses().getAPIResponses().entrySet().stream().anyMatch(response -> response.getKey().startsWith("2")
                && response.getValue().getContent() != null && response.getValue().getContent().getMediaTypes() != null
                && !response.getValue().getContent().getMediaTypes().isEmpty());
    }

    /** Whether this module keeps its data in a database of its own (the services do, the gateway does not). */
    private static boolean hasDatabase() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.db-kind", String.class).isPresent();
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
