package org.opendisclosure.store;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Type;
import org.opendisclosure.common.web.DepartmentAddress;

/**
 * Makes the documentation {@link PartResource} declares once each part's own: under the path of
 * every resource that extends it, fills the placeholders of the summaries and descriptions from
 * the resource's {@link PartEndpoints}, names the part's view (its second type argument) where a
 * response says only that it is JSON, and adds the 404 of a write that needs a known department.
 * <p>
 * It also puts back {@code departmentId}: the scanner keeps a method's path parameter only if the
 * path of the class that declares the method names it, and PartResource's methods have only the
 * {@code {year}…} of their own paths; the department is in the subclass's.
 * <p>
 * At build time, from the Jandex index: a placeholder left anywhere, a resource without its
 * annotation or a view the document has no schema for fails the build rather than serving a
 * document that says {@code {title}}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PartEndpointsFilter implements OASFilter {

    private static final DotName RESOURCE = DotName.createSimple(PartResource.class.getName());
    private static final DotName ENDPOINTS = DotName.createSimple(PartEndpoints.class.getName());
    private static final DotName PATH = DotName.createSimple(Path.class.getName());
    private static final DotName SCHEMA = DotName.createSimple(org.eclipse.microprofile.openapi.annotations.media.Schema.class.getName());
    /** The texts of {@link PartEndpoints}: each is a placeholder, its name in braces. */
    private static final List<String> TEXTS = Arrays.stream(PartEndpoints.class.getDeclaredMethods())
            .filter(element -> element.getReturnType() == String.class).map(Method::getName).sorted().toList();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(" + String.join("|", TEXTS) + ")}");

    private final IndexView index;

    public PartEndpointsFilter(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (ClassInfo resource : index.getAllKnownSubclasses(RESOURCE)) {
            AnnotationInstance path = resource.declaredAnnotation(PATH);
            if (path != null) {
                document(openAPI, resource, path.value().asString().replaceAll("/+$", ""));
            }
        }
        forEachOperation(openAPI, "", (where, operation) -> {
            if (leftOver(operation.getSummary()) || leftOver(operation.getDescription()) || operation.getResponses() != null
                    && operation.getResponses().getAPIResponses().values().stream().anyMatch(r -> leftOver(r.getDescription()))) {
                throw new IllegalStateException(where + " is documented by PartResource but no @PartEndpoints resource fills it in");
            }
        });
    }

    private void document(OpenAPI openAPI, ClassInfo resource, String prefix) {
        AnnotationInstance endpoints = resource.declaredAnnotation(ENDPOINTS);
        if (endpoints == null) {
            throw new IllegalStateException(resource.name() + " must say what its part is with @PartEndpoints");
        }
        Map<String, String> texts = new TreeMap<>();
        for (String name : TEXTS) {
            texts.put(name, endpoints.valueWithDefault(index, name).asString());
        }
        String view = "#/components/schemas/" + schemaName(openAPI, resource);
        if (!prefix.contains("{" + DepartmentAddress.DEPARTMENT_ID + "}")) {
            throw new IllegalStateException(resource.name() + " must have {" + DepartmentAddress.DEPARTMENT_ID + "} in its @Path");
        }
        forEachOperation(openAPI, prefix, (where, operation) -> {
            departmentId(operation);
            operation.setSummary(fill(operation.getSummary(), texts));
            operation.setDescription(fill(operation.getDescription(), texts));
            if (operation.getResponses() == null) {
                return;
            }
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                response.setDescription(fill(response.getDescription(), texts));
                if (response.getContent() != null) {
                    for (MediaType media : response.getContent().getMediaTypes().values()) {
                        if (media.getSchema() == null) {
                            media.setSchema(OASFactory.createSchema().ref(view));
                        }
                    }
                }
            }
        });
        if (endpoints.valueWithDefault(index, "writeNeedsKnownDepartment").asBoolean()) {
            PathItem year = openAPI.getPaths().getPathItem(prefix + "/{year}");
            APIResponses responses = year.getPUT().getResponses();
            responses.addAPIResponse("404", OASFactory.createAPIResponse().ref("NotFound"));
            responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
        }
    }

    private static void departmentId(Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>() : new ArrayList<>(operation.getParameters());
        if (parameters.stream().noneMatch(p -> p.getIn() == Parameter.In.PATH && DepartmentAddress.DEPARTMENT_ID.equals(p.getName()))) {
            parameters.add(0, OASFactory.createParameter().name(DepartmentAddress.DEPARTMENT_ID).in(Parameter.In.PATH).required(true)
                    .description(DepartmentAddress.DEPARTMENT_ID_DESCRIPTION)
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            operation.setParameters(parameters);
        }
    }

    /** The name the scanner gave the schema of the resource's view: its {@code @Schema} name, else its simple name. */
    private String schemaName(OpenAPI openAPI, ClassInfo resource) {
        Type superType = resource.superClassType();
        if (superType.kind() != Type.Kind.PARAMETERIZED_TYPE || !superType.name().equals(RESOURCE)) {
            throw new IllegalStateException(resource.name() + " must extend PartResource<document, view, service> directly");
        }
        Type viewType = superType.asParameterizedType().arguments().get(1);
        ClassInfo view = index.getClassByName(viewType.name());
        AnnotationInstance schema = view == null ? null : view.declaredAnnotation(SCHEMA);
        AnnotationValue named = schema == null ? null : schema.value("name");
        String name = named != null ? named.asString() : view != null ? view.simpleName() : viewType.name().withoutPackagePrefix();
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey(name)) {
            throw new IllegalStateException("The OpenAPI document has no schema " + name + " for the view of " + resource.name());
        }
        return name;
    }

    private static String fill(String text, Map<String, String> texts) {
        if (text == null) {
            return null;
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        if (!placeholder.find()) {
            return text;
        }
        String filled = placeholder.replaceAll(m -> Matcher.quoteReplacement(texts.get(m.group(1))))
                .replaceAll("\\s+", " ").trim();
        return filled.isEmpty() ? null : filled;
    }

    private static boolean leftOver(String text) {
        return text != null && PLACEHOLDER.matcher(text).find();
    }

    private interface OperationVisitor {
        void visit(String where, Operation operation);
    }

    private static void forEachOperation(OpenAPI openAPI, String prefix, OperationVisitor visitor) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.equals(prefix) || path.startsWith(prefix + "/") || prefix.isEmpty()) {
                item.getOperations().forEach((method, operation) -> visitor.visit(method + " " + path, operation));
            }
        });
    }
}
