package org.opendisclosure.gateway.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.opendisclosure.gateway.parts.Part;
import org.opendisclosure.gateway.service.DisclosureList;
import org.opendisclosure.gateway.service.FindingsSummary;

/**
 * The schemas whose properties are the parts of a disclosure, made from {@link Part} so that the
 * OpenAPI document names exactly the parts the gateway composes, takes and lists.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PartSchemas implements OASFilter {

    static final String DOCUMENT = "DisclosureDocument";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(DOCUMENT, document());
        openAPI.getComponents().addSchema(DisclosureList.PRESENCE_SCHEMA, presence());
        // Not a part schema, but the gateway's one build-time filter is where its own schemas are made.
        FindingsSummary.Sort.keys().document(openAPI, "FindingsSummarySort");
        Schema part = openAPI.getComponents().getSchemas() == null ? null : openAPI.getComponents().getSchemas().get("DisclosurePart");
        if (part != null && part.getProperties() != null && part.getProperties().get("key") != null) {
            part.getProperties().get("key").setEnumeration(new ArrayList<>(Part.keys()));
        }
    }

    private static Schema document() {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .additionalPropertiesBoolean(Boolean.FALSE)
                .description("部门预算信息公开: every part of a department's disclosure for a fiscal year, keyed as in the parts of "
                        + "the composed disclosure. Each part is exactly what its service's write takes (the content of that part "
                        + "in a composed disclosure can be sent back as it is). Every key is required; no other key is accepted.")
                .required(new ArrayList<>(Part.keys()));
        for (Part part : Part.values()) {
            Part.Document document = part.document();
            String write = "PUT /api/v1/departments/{departmentId}/" + document.segment() + "/{year}";
            String where = document.whole()
                    ? document.downstream().service() + "'s document (" + write + ")"
                    : part.key() + " of " + document.downstream().service() + "'s document (" + write + ")";
            Schema property = OASFactory.createSchema().addType(Schema.SchemaType.valueOf(part.shape().name()))
                    .description(part.numeral() + " " + part.title() + ": " + where);
            if (part.shape() == Part.Shape.ARRAY) {
                property.items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .description("One entry, as the service's document has it"));
            }
            schema.addProperty(part.key(), property);
        }
        return schema;
    }

    private static Schema presence() {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Each part of a department's disclosure for the year: present, absent (not published) or unknown "
                        + "(its service could not be read)")
                .required(new ArrayList<>(Part.keys()));
        for (Part part : Part.values()) {
            schema.addProperty(part.key(), OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                    .enumeration(List.of(DisclosureList.PRESENT, DisclosureList.ABSENT, DisclosureList.UNKNOWN))
                    .description(part.numeral() + " " + part.title()));
        }
        return schema;
    }
}
