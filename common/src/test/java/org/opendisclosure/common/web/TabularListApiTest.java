package org.opendisclosure.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class TabularListApiTest {

    @Test
    void aMarkedListGetsWhatEveryListAnswersAndLosesTheMark() {
        APIResponse ok = OASFactory.createAPIResponse().description("One page of rows")
                .addExtension(TabularListApi.MARK, "true")
                .addHeader("X-Unavailable-Services", OASFactory.createHeader().description("its own"))
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("RowPage"))));
        Operation operation = OASFactory.createOperation().addExtension(TabularListApi.MARK, "true")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", ok));

        TabularListApi.complete(operation);

        assertThat(operation.getExtensions()).isNullOrEmpty();
        assertThat(ok.getExtensions()).isNullOrEmpty();
        assertThat(ok.getHeaders()).containsOnlyKeys("ETag", "X-Total-Count", "Link", "Vary", "Content-Disposition", "X-Unavailable-Services");
        assertThat(ok.getHeaders().keySet()).first().isEqualTo("ETag");
        assertThat(ok.getHeaders().get("X-Total-Count").getSchema().getType()).containsExactly(SchemaType.INTEGER);
        assertThat(ok.getContent().getMediaTypes()).containsOnlyKeys("application/json", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(operation.getResponses().getAPIResponses()).containsOnlyKeys("200", "304", "400", "406");
        assertThat(operation.getResponses().getAPIResponse("406").getRef()).isEqualTo("#/components/responses/NotAcceptable");
    }

    @Test
    void anUnmarkedOperationIsLeftAsDeclared() {
        Operation operation = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("The catalogue")));

        TabularListApi.complete(operation);

        assertThat(operation.getResponses().getAPIResponses()).containsOnlyKeys("200");
        assertThat(operation.getResponses().getAPIResponse("200").getHeaders()).isNullOrEmpty();
    }
}
