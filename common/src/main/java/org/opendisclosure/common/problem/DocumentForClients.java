package org.opendisclosure.common.problem;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What a client generator needs of a document that the annotations leave to chance: a server, a
 * contact, the licence of the data, the build's version, an operation id on every operation, the
 * security of every operation said (a read needs none), and no component nobody refers to. Every
 * service and the gateway serve their documents through it ({@link ProblemApiFilter}), so the
 * suite document the gateway merges from them is complete too.
 */
final class DocumentForClients {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String RESPONSES = "#/components/responses/";

    private DocumentForClients() {
    }

    static void complete(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            // Relative: the document is right wherever it was read from (the gateway serves every
            // service's paths under the same paths), behind a proxy or not.
            openAPI.addServer(OASFactory.createServer().url("/")
                    .description("Where this document was read from; every service path is also served by the gateway"));
        }
        Info info = openAPI.getInfo() == null ? OASFactory.createInfo() : openAPI.getInfo();
        openAPI.setInfo(info);
        info.setVersion(config.getOptionalValue("quarkus.application.version", String.class).orElse("0"));
        if (info.getContact() == null) {
            info.setContact(OASFactory.createContact()
                    .name(config.getOptionalValue("suite.api.contact-name", String.class)
                            .orElse("部门预算信息公开 API (budget disclosure suite)"))
                    .url(config.getOptionalValue("suite.api.contact-url", String.class).orElse(null))
                    .email(config.getOptionalValue("suite.api.contact-email", String.class).orElse(null)));
        }
        if (info.getLicense() == null) {
            // The figures are the departments' own published budgets, open to reuse with attribution.
            info.setLicense(OASFactory.createLicense()
                    .name(config.getOptionalValue("suite.api.data-licence-name", String.class).orElse("CC-BY-4.0"))
                    .url(config.getOptionalValue("suite.api.data-licence-url", String.class)
                            .orElse("https://creativecommons.org/licenses/by/4.0/")));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> operationIds = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getOperationId() != null) {
                operationIds.add(operation.getOperationId());
            }
        }));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getOperationId() == null) {
                operation.setOperationId(unique(operationId(method, path), operationIds));
            }
            if (operation.getSecurity() == null) {
                // Said, not left out: a read is open to everyone, which a generator cannot tell from silence.
                operation.setSecurity(new ArrayList<>());
            }
        }));
        OperationExamples.attach(openAPI);
        removeUnreferenced(openAPI);
    }

    /**
     * From the method and the words of the path, so that an id says which path it names:
     * {@code GET /api/v1/departments/{departmentId}/budgets/{year}} is
     * {@code getDepartmentsBudgetsByDepartmentIdAndYear}; a GET of a path that ends in a word is a
     * list ({@code listFiscalYearsDisclosuresByYear}).
     */
    static String operationId(PathItem.HttpMethod method, String path) {
        List<String> words = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        String last = "";
        for (String segment : path.replaceFirst("^/api/v\\d+", "").split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            last = segment;
            if (segment.startsWith("{")) {
                parameters.add(pascal(segment.substring(1, segment.length() - 1)));
            } else {
                words.add(pascal(segment));
            }
        }
        String verb = method.name().toLowerCase(Locale.ROOT);
        if (method == PathItem.HttpMethod.GET && !last.startsWith("{")) {
            verb = "list";
        }
        return verb + String.join("", words) + (parameters.isEmpty() ? "" : "By" + String.join("And", parameters));
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + n;
        }
        return candidate;
    }

    private static String pascal(String word) {
        StringBuilder result = new StringBuilder();
        for (String piece : word.split("[^A-Za-z0-9]+")) {
            if (!piece.isEmpty()) {
                result.append(Character.toUpperCase(piece.charAt(0))).append(piece.substring(1));
            }
        }
        return result.toString();
    }

    /**
     * Drops the schemas, shared responses and security schemes no operation reaches, following
     * references from the operations through responses, schemas and headers; the shared ones are
     * registered by every service whether its operations use them or not.
     */
    private static void removeUnreferenced(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            return;
        }
        Set<String> reached = new HashSet<>();
        Deque<Object> pending = new ArrayDeque<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                pending.addAll(item.getParameters());
            }
            pending.addAll(item.getOperations().values());
        });
        while (!pending.isEmpty()) {
            Object next = pending.pop();
            String ref = ref(next);
            if (ref != null) {
                if (reached.add(ref)) {
                    Object target = ref.startsWith(SCHEMAS) ? get(components.getSchemas(), ref.substring(SCHEMAS.length()))
                            : ref.startsWith(RESPONSES) ? get(components.getResponses(), ref.substring(RESPONSES.length())) : null;
                    if (target != null) {
                        pending.push(target);
                    }
                }
                continue;
            }
            children(next, pending);
        }
        if (components.getSchemas() != null) {
            List.copyOf(components.getSchemas().keySet()).stream().filter(name -> !reached.contains(SCHEMAS + name))
                    .forEach(components::removeSchema);
        }
        if (components.getResponses() != null) {
            List.copyOf(components.getResponses().keySet()).stream().filter(name -> !reached.contains(RESPONSES + name))
                    .forEach(components::removeResponse);
        }
        if (components.getSecuritySchemes() != null) {
            Set<String> required = new HashSet<>();
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation ->
                    operation.getSecurity().forEach(requirement -> required.addAll(requirement.getSchemes().keySet()))));
            List.copyOf(components.getSecuritySchemes().keySet()).stream().filter(name -> !required.contains(name))
                    .forEach(components::removeSecurityScheme);
        }
    }

    private static <T> T get(Map<String, T> map, String name) {
        return map == null ? null : map.get(name);
    }

    /** The reference an element stands for, in full ({@code NotFound} as the short form of a shared response). */
    private static String ref(Object element) {
        String ref = element instanceof Schema schema ? schema.getRef()
                : element instanceof APIResponse response ? response.getRef()
                : element instanceof Parameter parameter ? parameter.getRef()
                : element instanceof Header header ? header.getRef() : null;
        if (ref == null) {
            return null;
        }
        return ref.startsWith("#/") ? ref : (element instanceof Schema ? SCHEMAS : RESPONSES) + ref;
    }

    private static void children(Object element, Deque<Object> pending) {
        if (element instanceof Operation operation) {
            if (operation.getParameters() != null) {
                pending.addAll(operation.getParameters());
            }
            if (operation.getRequestBody() != null) {
                content(operation.getRequestBody().getContent(), pending);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                pending.addAll(operation.getResponses().getAPIResponses().values());
            }
        } else if (element instanceof APIResponse response) {
            content(response.getContent(), pending);
            if (response.getHeaders() != null) {
                pending.addAll(response.getHeaders().values());
            }
        } else if (element instanceof Parameter parameter) {
            add(parameter.getSchema(), pending);
            content(parameter.getContent(), pending);
        } else if (element instanceof Header header) {
            add(header.getSchema(), pending);
        } else if (element instanceof Schema schema) {
            add(schema.getItems(), pending);
            add(schema.getNot(), pending);
            if (schema.getAdditionalPropertiesSchema() != null) {
                pending.add(schema.getAdditionalPropertiesSchema());
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull).forEach(pending::addAll);
        }
    }

    private static void content(Content content, Deque<Object> pending) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> add(media.getSchema(), pending));
        }
    }

    private static void add(Object element, Deque<Object> pending) {
        if (element != null) {
            pending.add(element);
        }
    }
}
