package org.opendisclosure.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * A rest-assured filter that fails a test when a response does not match the OpenAPI
 * document the service itself serves: the served contract is checked against real behaviour.
 */
public final class OpenApiContract {

    private static Filter filter;

    private OpenApiContract() {
    }

    /** The validation, after what {@link TestTokens#writer()} does, so that what is validated is what is sent. */
    public static synchronized Filter filter() {
        if (filter == null) {
            String url = RestAssured.baseURI + ":" + RestAssured.port + "/q/openapi?format=json";
            // Responses are held to the document, and so are the paths and methods called; request
            // bodies, parameters, media types and credentials are not, since tests send bad input
            // (and writes without a token) on purpose.
            OpenApiValidationFilter validation = new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(url)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request.body", ValidationReport.Level.IGNORE)
                            .withLevel("validation.request.parameter", ValidationReport.Level.IGNORE)
                            .withLevel("validation.request.contentType", ValidationReport.Level.IGNORE)
                            .withLevel("validation.request.accept", ValidationReport.Level.IGNORE)
                            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                            .build())
                    .build());
            filter = (request, response, context) -> {
                TestTokens.authorize(request);
                return validation.filter(request, response, context);
            };
        }
        return filter;
    }
}
