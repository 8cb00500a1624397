package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemType;
import org.opendisclosure.gateway.client.CsvPage;
import org.opendisclosure.gateway.client.DownstreamFailure;
import org.opendisclosure.gateway.client.Services;
import org.opendisclosure.gateway.parts.Downstream;
import org.opendisclosure.gateway.parts.Part;

/**
 * A fiscal year as one zip: every analysts' list of the year whole, one CSV per list read page by
 * page from the service that owns it, a {@code datapackage.json} describing each CSV's columns
 * (a Frictionless tabular data package, its field types and descriptions taken from the owning
 * service's OpenAPI document, with the fiscal period and country of a Fiscal Data Package), and a
 * README. Built into a temporary file before anything is sent, so a service failing on the way is
 * a 503 rather than a truncated download, and the ETag is the hash of exactly the bytes served.
 * One build at a time: a year is many thousand rows, and a second build would only compete with it.
 */
@ApplicationScoped
public class YearExport {

    static final int PAGE_SIZE = 1000;
    // The same bytes for the same data, whenever built.
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final Services services;
    private final ObjectMapper objectMapper;
    private final Semaphore building = new Semaphore(1);

    public YearExport(Services services, ObjectMapper objectMapper) {
        this.services = services;
        this.objectMapper = objectMapper;
    }

    /** A built export: the file (the caller deletes it once sent), its strong ETag, its size in bytes. */
    public record Built(Path file, String etag, long size) {
    }

    private record Table(Downstream downstream, String list) {
    }

    static List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        for (Part.Document document : Part.Document.values()) {
            document.yearLists().forEach(list -> tables.add(new Table(document.downstream(), list)));
        }
        return tables;
    }

    /** @throws ProblemException 503 (with Retry-After) when a service cannot give its list, or another export is being built */
    public Built build(int year) throws IOException {
        if (!building.tryAcquire()) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                    "Another year's export is being built; try again shortly");
        }
        Path file = null;
        try {
            file = Files.createTempFile("export-" + year + "-", ".zip");
            MessageDigest sha256 = sha256();
            try (ZipOutputStream zip = new ZipOutputStream(new DigestOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(file)), sha256))) {
                Map<Downstream, JsonNode> documentation = new EnumMap<>(Downstream.class);
                ArrayNode resources = objectMapper.createArrayNode();
                for (Table table : tables()) {
                    entry(zip, table.list() + ".csv");
                    List<String> columns = writeTable(zip, table, year);
                    JsonNode openApi = documentation.computeIfAbsent(table.downstream(), services::openApi);
                    resources.add(resource(table, columns, rowSchema(openApi, table.list())));
                }
                entry(zip, "datapackage.json");
                zip.write(objectMapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(dataPackage(year, resources)));
                entry(zip, "README.md");
                zip.write(readme(year).getBytes(StandardCharsets.UTF_8));
            }
            String etag = "\"" + HexFormat.of().formatHex(sha256.digest()) + "\"";
            return new Built(file, etag, Files.size(file));
        } catch (IOException | RuntimeException e) {
            if (file != null) {
                Files.deleteIfExists(file);
            }
            if (e instanceof DownstreamFailure failure) {
                throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, failure.getMessage()
                        + "; the export of " + year + " cannot be built whole right now: try again shortly");
            }
            throw e;
        } finally {
            building.release();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void entry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
    }

    /** Every page of the list, the header row once; its columns (empty when the list is). */
    private List<String> writeTable(OutputStream out, Table table, int year) throws IOException {
        CsvPage first = services.yearListCsv(table.downstream(), table.list(), year, 1, PAGE_SIZE);
        out.write(first.csv());
        long pages = (first.totalItems() + PAGE_SIZE - 1) / PAGE_SIZE;
        for (int page = 2; page <= pages; page++) {
            byte[] csv = services.yearListCsv(table.downstream(), table.list(), year, page, PAGE_SIZE).csv();
            int body = afterFirstLine(csv);
            out.write(csv, body, csv.length - body);
        }
        return columns(first.csv());
    }

    private static int afterFirstLine(byte[] csv) {
        for (int i = 0; i < csv.length; i++) {
            if (csv[i] == '\n') {
                return i + 1;
            }
        }
        return csv.length;
    }

    /** The header row's names: plain identifiers, quoted or not. */
    private static List<String> columns(byte[] csv) {
        String header = new String(csv, 0, Math.max(0, afterFirstLine(csv)), StandardCharsets.UTF_8).strip();
        List<String> columns = new ArrayList<>();
        if (!header.isEmpty()) {
            for (String column : header.split(",")) {
                columns.add(column.replace("\"", ""));
            }
        }
        return columns;
    }

    /** The properties of the row type of a list, as its service documents the list's JSON page; empty when it cannot. */
    private static JsonNode rowSchema(JsonNode openApi, String list) {
        if (openApi == null) {
            return MissingNode.getInstance();
        }
        JsonNode page = openApi.path("paths").path("/api/v1/fiscal-years/{year}/" + list).path("get").path("responses")
                .path("200").path("content").path("application/json").path("schema");
        if (page.has("anyOf")) {
            // A drill-down's page has a shape per by=; the export asks for the default, the first.
            page = page.path("anyOf").path(0);
        }
        JsonNode row = resolve(openApi, resolve(openApi, page).path("properties").path("items").path("items"));
        return row.path("properties");
    }

    private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/")
                ? openApi.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()))
                : schema;
    }

    private ObjectNode resource(Table table, List<String> columns, JsonNode properties) {
        ObjectNode resource = objectMapper.createObjectNode();
        resource.put("profile", "tabular-data-resource");
        resource.put("name", table.list());
        resource.put("path", table.list() + ".csv");
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("source", table.downstream().service() + " GET /api/v1/fiscal-years/{year}/" + table.list());
        ArrayNode fields = resource.putObject("schema").putArray("fields");
        List<String> names = new ArrayList<>(columns);
        if (names.isEmpty()) {
            properties.fieldNames().forEachRemaining(names::add);
        }
        for (String name : names) {
            JsonNode property = properties.path(name);
            ObjectNode field = fields.addObject();
            field.put("name", name);
            field.put("type", fieldType(property));
            if (property.path("description").isTextual()) {
                field.put("description", property.path("description").asText());
            }
        }
        return resource;
    }

    private static String fieldType(JsonNode property) {
        String format = property.path("format").asText("");
        return switch (property.path("type").asText("string")) {
            case "integer" -> "integer";
            case "number" -> "number";
            case "boolean" -> "boolean";
            default -> format.equals("date-time") ? "datetime" : format.equals("date") ? "date" : "string";
        };
    }

    private ObjectNode dataPackage(int year, ArrayNode resources) {
        ObjectNode root = objectMapper.createObjectNode();
        root.put("profile", "tabular-data-package");
        root.put("name", "budget-disclosures-" + year);
        root.put("title", year + "年部门预算信息公开");
        root.put("description", "Every department's published budget disclosure (部门预算信息公开) for " + year
                + " as stored by the suite: one CSV per analysts' list, UTF-8 with a header row. Amounts are in 万元 (CNY 10,000), "
                + "exactly as published, including figures that do not add up.");
        root.put("countryCode", "CN");
        root.putObject("fiscalPeriod").put("start", year + "-01-01").put("end", year + "-12-31");
        root.set("resources", resources);
        return root;
    }

    private static String readme(int year) {
        StringBuilder readme = new StringBuilder("# 部门预算信息公开 " + year + "\n\n"
                + "Every department's approved budget disclosure for " + year + ", as the suite holds it when this file was made.\n"
                + "Amounts are in 万元 (CNY 10,000), exactly as published: figures that do not add up are kept as they are.\n"
                + "`datapackage.json` describes each file's columns (a Frictionless tabular data package).\n\n");
        for (Table table : tables()) {
            readme.append("- `").append(table.list()).append(".csv`: GET /api/v1/fiscal-years/").append(year).append('/')
                    .append(table.list()).append(" (").append(table.downstream().service()).append(")\n");
        }
        return readme.toString();
    }
}
