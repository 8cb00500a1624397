package org.opendisclosure.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

class DocumentForClientsTest {

    @Test
    void anOperationIdSaysWhichPathItNames() {
        assertThat(DocumentForClients.operationId(HttpMethod.GET, "/api/v1/departments/{departmentId}/budgets/{year}"))
                .isEqualTo("getDepartmentsBudgetsByDepartmentIdAndYear");
        assertThat(DocumentForClients.operationId(HttpMethod.GET, "/api/v1/fiscal-years/{year}/disclosures"))
                .isEqualTo("listFiscalYearsDisclosuresByYear");
        assertThat(DocumentForClients.operationId(HttpMethod.PUT, "/api/v1/disclosures/{departmentId}/{year}"))
                .isEqualTo("putDisclosuresByDepartmentIdAndYear");
        assertThat(DocumentForClients.operationId(HttpMethod.GET, "/api/v1/areas")).isEqualTo("listAreas");
    }

    @Test
    void everyOperationIsNamedAndSaysItsSecurityAndNothingUnusedIsLeft() {
        Operation named = operation("#/components/schemas/Budget").operationId("getThreePublicDrillDown");
        Operation unnamed = operation("#/components/schemas/Budget");
        Operation write = operation(null).addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));
        OpenAPI document = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem("/api/v1/fiscal-years/{year}/three-public", OASFactory.createPathItem().GET(named))
                        .addPathItem("/api/v1/departments/{departmentId}/budgets/{year}",
                                OASFactory.createPathItem().GET(unnamed).PUT(write)))
                .components(OASFactory.createComponents()
                        .addSchema("Budget", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("total", OASFactory.createSchema().ref("#/components/schemas/Amount")))
                        .addSchema("Amount", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                        .addSchema("NobodysSchema", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT))
                        .addResponse("NotFound", OASFactory.createAPIResponse().description("no such thing"))
                        .addResponse("Conflict", OASFactory.createAPIResponse().description("nobody answers this"))
                        .addSecurityScheme("bearer", OASFactory.createSecurityScheme())
                        .addSecurityScheme("SecurityScheme", OASFactory.createSecurityScheme()));

        DocumentForClients.complete(document);

        assertThat(named.getOperationId()).isEqualTo("getThreePublicDrillDown");
        assertThat(unnamed.getOperationId()).isEqualTo("getDepartmentsBudgetsByDepartmentIdAndYear");
        assertThat(write.getOperationId()).isEqualTo("putDepartmentsBudgetsByDepartmentIdAndYear");
        assertThat(unnamed.getSecurity()).isEmpty();
        assertThat(write.getSecurity()).hasSize(1);
        assertThat(document.getComponents().getSchemas()).containsOnlyKeys("Budget", "Amount");
        assertThat(document.getComponents().getResponses()).containsOnlyKeys("NotFound");
        assertThat(document.getComponents().getSecuritySchemes()).containsOnlyKeys("bearer");
        assertThat(document.getServers()).singleElement().satisfies(server -> assertThat(server.getUrl()).isEqualTo("/"));
        assertThat(document.getInfo().getLicense().getName()).isEqualTo("CC-BY-4.0");
        assertThat(document.getInfo().getContact().getName()).isNotBlank();
    }

    private static Operation operation(String schema) {
        var ok = OASFactory.createAPIResponse().description("ok");
        if (schema != null) {
            ok.content(OASFactory.createContent().addMediaType("application/json",
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schema))));
        }
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", ok)
                .addAPIResponse("404", OASFactory.createAPIResponse().ref("NotFound")));
    }
}
