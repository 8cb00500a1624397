package org.opendisclosure.common.problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Makes the schemas say what the answers really hold, so that an answer (and the recorded
 * examples) validates against them and generated clients type it right:
 * <ul>
 * <li>A property that is not required is written as null when it has no value (the services write
 * every member, published or not), so it also takes null; so do the values of maps. Lists are
 * the exception: an empty one is written as [].</li>
 * <li>An exact decimal is declared as such ({@code format: decimal}) instead of by
 * {@code multipleOf: 0.000001}, which bean validation's {@code @Digits} produces and which
 * validators computing in binary floating point refuse for ordinary figures such as 37.39.</li>
 * </ul>
 */
final class AnswerSchemas {

    private static final BigDecimal SIX_PLACES = new BigDecimal("0.000001");

    private AnswerSchemas() {
    }

    static void complete(Schema schema) {
        if (schema.getMultipleOf() != null && schema.getMultipleOf().compareTo(SIX_PLACES) == 0) {
            schema.setMultipleOf(null);
            schema.setFormat("decimal");
            if (schema.getDescription() == null) {
                schema.setDescription("An exact decimal with at most 6 decimal places, as published");
            }
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            Map<String, Schema> completed = new LinkedHashMap<>();
            properties.forEach((name, property) -> completed.put(name, required.contains(name) ? property : orNull(property)));
            schema.setProperties(completed);
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            schema.setAdditionalPropertiesSchema(orNull(schema.getAdditionalPropertiesSchema()));
        }
    }

    private static Schema orNull(Schema property) {
        if (property.getRef() != null) {
            // A reference takes no sibling type: either the referred schema or null.
            Schema either = OASFactory.createSchema()
                    .anyOf(new ArrayList<>(List.of(OASFactory.createSchema().ref(property.getRef()),
                            OASFactory.createSchema().addType(SchemaType.NULL))));
            either.setDescription(property.getDescription());
            return either;
        }
        List<SchemaType> types = property.getType();
        if (types != null && !types.isEmpty() && !types.contains(SchemaType.NULL) && !types.contains(SchemaType.ARRAY)) {
            property.addType(SchemaType.NULL);
            if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                property.addEnumeration(null);
            }
        }
        return property;
    }
}
