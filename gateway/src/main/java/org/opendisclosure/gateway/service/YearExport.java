package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
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
import org.opendisclosure.common.web.ColumnTitles;
import org.opendisclosure.common.web.CsvWriter;
import org.opendisclosure.gateway.client.DownstreamFailure;
import org.opendisclosure.gateway.client.Services;
import org.opendisclosure.gateway.parts.Downstream;

/**
 * A fiscal year as one zip: one CSV per table of the year (departments, units, budgets, operating
 * items, “三公” rows, performance, projects, indicators, procurement, procurement lines and totals,
 * assets, findings), each whole, streamed from the service that owns it ({@code download=true})
 * straight into the zip; the year's OCDS release package, when any department has procurement; a
 * {@code datapackage.json} describing each file (a Frictionless data package: each CSV's field
 * types and descriptions taken from the owning service's OpenAPI document, its Chinese titles from
 * {@link ColumnTitles}, with the fiscal period, currency and amounts of a Fiscal Data Package); and
 * a README.txt. Built into a temporary file before anything is sent, so a service failing on the
 * way is a 503 rather than a truncated download, and the ETag is the hash of exactly the bytes
 * served. One build at a time: a year is many thousand rows, and a second build would only compete
 * with it.
 */
@ApplicationScoped
public class YearExport {

    // The same bytes for the same data, whenever built.
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final Services services;
    private final FindingsSummary findings;
    private final ObjectMapper objectMapper;
    private final Semaphore building = new Semaphore(1);

    public YearExport(Services services, FindingsSummary findings, ObjectMapper objectMapper) {
        this.services = services;
        this.findings = findings;
        this.objectMapper = objectMapper;
    }

    /** A built export: the file (the caller deletes it once sent), its strong ETag, its size in bytes. */
    public record Built(Path file, String etag, long size) {
    }

    /**
     * A table of the export: its file's name, the service that owns it (null: the gateway's own
     * findings), the path of its list ({@code {year}} for the year), the query giving its shape, and
     * what it is.
     */
    record Table(String name, Downstream downstream, String path, String query, String title) {

        String pathOf(int year) {
            return path.replace("{year}", String.valueOf(year));
        }

        String request(int year) {
            return pathOf(year) + "?download=true" + (query.isEmpty() ? "" : "&" + query);
        }
    }

    private static final String YEAR_LISTS = "/api/v1/fiscal-years/{year}/";

    static List<Table> tables() {
        return List.of(
                new Table("departments", Downstream.BUDGET, "/api/v1/departments", "",
                        "Every department the suite holds, with its latest year's name and division (部门)"),
                new Table("units", Downstream.BUDGET, YEAR_LISTS + "units", "", "Units of each department's part 一 (机构设置)"),
                new Table("budgets", Downstream.BUDGET, YEAR_LISTS + "budgets", "",
                        "Each department's budget figures: parts 二, 三 and 四 totals (部门预算)"),
                new Table("operating-items", Downstream.BUDGET, YEAR_LISTS + "operating-items", "by=department",
                        "Items of each department's 机关运行经费 (part 三)"),
                new Table("three-public", Downstream.BUDGET, YEAR_LISTS + "three-public", "by=department",
                        "Rows of each department's “三公”经费 table (part 四)"),
                new Table("performance", Downstream.PERFORMANCE, YEAR_LISTS + "performance", "",
                        "Each department's performance part: projects and their budget (part 五)"),
                new Table("projects", Downstream.PERFORMANCE, YEAR_LISTS + "projects", "", "Each project's 项目绩效目标表 (part 五)"),
                new Table("indicators", Downstream.PERFORMANCE, YEAR_LISTS + "indicators", "",
                        "Each indicator row of every project's table (绩效指标, part 五)"),
                new Table("procurement", Downstream.PROCUREMENT, YEAR_LISTS + "procurement", "",
                        "Each department's government procurement budget (part 六)"),
                new Table("procurement-lines", Downstream.PROCUREMENT, YEAR_LISTS + "procurement-lines", "",
                        "Each line of every department's procurement table (政府采购预算, part 六)"),
                new Table("procurement-totals", Downstream.PROCUREMENT, YEAR_LISTS + "procurement-totals", "",
                        "Procurement lines summed by catalogue code over the departments"),
                new Table("assets", Downstream.ASSETS, YEAR_LISTS + "assets", "", "Each department's state-owned assets (part 七)"),
                new Table("findings", null, YEAR_LISTS + "findings", "",
                        "Each department's consistency findings, counted by severity (exact arithmetic, tolerance 0)"));
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
                ObjectNode measures = objectMapper.createObjectNode();
                ObjectNode dimensions = objectMapper.createObjectNode();
                for (Table table : tables()) {
                    entry(zip, table.name() + ".csv");
                    if (table.downstream() == null) {
                        byte[] csv = findingsCsv(year);
                        zip.write(csv);
                        resources.add(resource(table, columns(csv), findingsSchema(), measures, dimensions));
                        continue;
                    }
                    List<String> columns = writeTable(zip, table, year);
                    JsonNode openApi = documentation.computeIfAbsent(table.downstream(), services::openApi);
                    resources.add(resource(table, columns, rowSchema(openApi, table.path()), measures, dimensions));
                }
                if (writeOcds(zip, year)) {
                    resources.add(ocdsResource(year));
                }
                entry(zip, "datapackage.json");
                zip.write(objectMapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(dataPackage(year, resources, measures,
                        dimensions)));
                entry(zip, "README.txt");
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

    /** The whole list as its service streams it, copied as it comes; its columns, from its header row. */
    private List<String> writeTable(OutputStream out, Table table, int year) {
        String request = table.request(year);
        try (InputStream in = services.download(table.downstream(), request)) {
            // The header row is read first, a byte at a time (the stream is buffered), for the data package.
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            for (int b = in.read(); b != -1; b = in.read()) {
                header.write(b);
                if (b == '\n') {
                    break;
                }
            }
            byte[] first = header.toByteArray();
            out.write(first);
            in.transferTo(out);
            return columns(first);
        } catch (IOException e) {
            throw Services.failure(table.downstream(), request, e);
        }
    }

    private static final String OCDS = "ocds-release-package.json";

    /** The year's procurement plans as one OCDS release package, as procurement-service streams it; false for a year without any. */
    private boolean writeOcds(ZipOutputStream zip, int year) throws IOException {
        String request = "/api/v1/fiscal-years/" + year + "/ocds";
        try (InputStream in = services.download(Downstream.PROCUREMENT, request, "application/json", true)) {
            if (in == null) {
                return false;
            }
            entry(zip, OCDS);
            in.transferTo(zip);
            return true;
        } catch (IOException e) {
            throw Services.failure(Downstream.PROCUREMENT, request, e);
        }
    }

    private ObjectNode ocdsResource(int year) {
        ObjectNode resource = objectMapper.createObjectNode();
        resource.put("profile", "data-resource");
        resource.put("name", "ocds-release-package");
        resource.put("title", "The year's procurement plans as one OCDS 1.1 release package, one planning release per department");
        resource.put("path", OCDS);
        resource.put("format", "json");
        resource.put("mediatype", "application/json");
        resource.put("encoding", "utf-8");
        resource.put("source", Downstream.PROCUREMENT.service() + " GET /api/v1/fiscal-years/" + year + "/ocds");
        resource.put("schema", "https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json");
        return resource;
    }

    /** The gateway's own table: every department's findings counted, whole; a service that could not check is no partial file. */
    private byte[] findingsCsv(int year) {
        FindingsSummary.Listing listing = findings.byDepartment(year, BigDecimal.ZERO, FindingsSummary.Sort.parse(null));
        if (!listing.unavailableServices().isEmpty()) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "the findings of " + year + " cannot be checked whole: "
                    + listing.unavailableServices().stream().map(DisclosureList.Unavailable::service).toList()
                    + " could not be read; try again shortly");
        }
        return CsvWriter.write(FindingsSummary.Row.class, listing.rows());
    }

    /** The findings rows' fields as a service's OpenAPI document would give them, from the record itself. */
    private JsonNode findingsSchema() {
        ObjectNode properties = objectMapper.createObjectNode();
        for (var component : FindingsSummary.Row.class.getRecordComponents()) {
            Class<?> type = component.getType();
            String kind = type == int.class || type == long.class || type == Integer.class || type == Long.class ? "integer"
                    : type == boolean.class || type == Boolean.class ? "boolean"
                    : BigDecimal.class.equals(type) ? "number" : "string";
            properties.putObject(component.getName()).put("type", kind);
        }
        return properties;
    }

    /** Where the rows start: after the byte order mark and the header row. */
    private static int afterFirstLine(byte[] csv) {
        for (int i = 0; i < csv.length; i++) {
            if (csv[i] == '\n') {
                return i + 1;
            }
        }
        return csv.length;
    }

    private static boolean startsWithBom(byte[] csv) {
        return csv.length >= CsvWriter.BOM.length && csv[0] == CsvWriter.BOM[0] && csv[1] == CsvWriter.BOM[1] && csv[2] == CsvWriter.BOM[2];
    }

    /** The header row's names: plain identifiers, quoted or not. */
    private static List<String> columns(byte[] csv) {
        int start = startsWithBom(csv) ? CsvWriter.BOM.length : 0;
        int end = afterFirstLine(csv);
        String header = new String(csv, start, Math.max(0, end - start), StandardCharsets.UTF_8).strip();
        List<String> columns = new ArrayList<>();
        if (!header.isEmpty()) {
            for (String column : header.split(",")) {
                columns.add(column.replace("\"", ""));
            }
        }
        return columns;
    }

    /** The properties of the row type of a list, as its service documents the list's JSON page; empty when it cannot. */
    private static JsonNode rowSchema(JsonNode openApi, String path) {
        if (openApi == null) {
            return MissingNode.getInstance();
        }
        JsonNode page = openApi.path("paths").path(path).path("get").path("responses")
                .path("200").path("content").path("application/json").path("schema");
        if (page.has("anyOf")) {
            // A drill-down's page has a shape per by=: item first, department second.
            page = page.path("anyOf").path(page.path("anyOf").size() > 1 && pathAsksByDepartment(path) ? 1 : 0);
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

    private ObjectNode resource(Table table, List<String> columns, JsonNode properties, ObjectNode measures, ObjectNode dimensions) {
        ObjectNode resource = objectMapper.createObjectNode();
        resource.put("profile", "tabular-data-resource");
        resource.put("name", table.name());
        resource.put("title", table.title());
        resource.put("path", table.name() + ".csv");
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        // UTF-8 with a byte order mark (for Excel), which CSV readers of data packages skip.
        resource.put("encoding", "utf-8");
        resource.putObject("dialect").put("delimiter", ",").put("lineTerminator", "\r\n").put("quoteChar", "\"")
                .put("doubleQuote", true).put("header", true);
        resource.put("source", (table.downstream() == null ? "gateway" : table.downstream().service()) + " GET " + table.path()
                + "?download=true" + (table.query().isEmpty() ? "" : "&" + table.query()));
        ArrayNode fields = resource.putObject("schema").putArray("fields");
        List<String> names = new ArrayList<>(columns);
        if (names.isEmpty()) {
            properties.fieldNames().forEachRemaining(names::add);
        }
        for (String name : names) {
            JsonNode property = properties.path(name);
            ObjectNode field = fields.addObject();
            field.put("name", name);
            String title = ColumnTitles.ZH.title(name);
            if (!title.equals(name)) {
                field.put("title", title);
            }
            String type = fieldType(property);
            field.put("type", type);
            if (property.path("description").isTextual()) {
                field.put("description", property.path("description").asText());
            }
            if (type.equals("number") && title.contains("万元")) {
                // Fiscal Data Package: an amount is a measure, in CNY, each unit 万元 (10,000 yuan).
                field.put("decimalChar", ".");
                measures.putObject(table.name() + "." + name).put("source", name).put("resource", table.name())
                        .put("currency", "CNY").put("factor", 10000).put("title", title);
            } else if (CLASSIFICATIONS.containsKey(name)) {
                ObjectNode dimension = dimensions.with(CLASSIFICATIONS.get(name));
                dimension.put("dimensionType", name.equals("divisionCode") ? "location"
                        : name.equals("departmentId") ? "entity" : name.equals("fiscalYear") ? "datetime" : "classification");
                dimension.with("attributes").putObject(table.name() + "." + name).put("source", name).put("resource", table.name());
            }
        }
        return resource;
    }

    /** The columns that classify an amount, and the Fiscal Data Package dimension each belongs to. */
    private static final Map<String, String> CLASSIFICATIONS = Map.ofEntries(
            Map.entry("departmentId", "department"),
            Map.entry("divisionCode", "administrativeDivision"),
            Map.entry("fiscalYear", "fiscalYear"),
            Map.entry("economicClass", "economicClassification"),
            Map.entry("catalogueCode", "procurementCatalogue"),
            Map.entry("category", "category"),
            Map.entry("item", "item"),
            Map.entry("level1", "indicatorCategory"),
            Map.entry("level2", "indicatorCategory"),
            Map.entry("nature", "unitNature"));

    private static boolean pathAsksByDepartment(String path) {
        return path.endsWith("/operating-items") || path.endsWith("/three-public");
    }

    private static String fieldType(JsonNode property) {
        String format = property.path("format").asText("");
        // A member that may be null is typed as a pair, e.g. ["number", "null"]: the column's type is the other one.
        String declared = property.path("type").asText("string");
        for (JsonNode type : property.path("type")) {
            if (!type.asText().equals("null")) {
                declared = type.asText();
            }
        }
        return switch (declared) {
            case "integer" -> "integer";
            case "number" -> "number";
            case "boolean" -> "boolean";
            default -> format.equals("date-time") ? "datetime" : format.equals("date") ? "date" : "string";
        };
    }

    private ObjectNode dataPackage(int year, ArrayNode resources, ObjectNode measures, ObjectNode dimensions) {
        ObjectNode root = objectMapper.createObjectNode();
        root.put("profile", "tabular-data-package");
        root.put("name", "budget-disclosures-" + year);
        root.put("title", year + "年部门预算信息公开");
        root.put("description", "Every department's published budget disclosure (部门预算信息公开) for " + year
                + " as stored by the suite: one CSV per table, UTF-8 with a header row. Amounts are in 万元 (CNY 10,000), "
                + "exactly as published, including figures that do not add up.");
        root.put("countryCode", "CN");
        root.put("currency", "CNY");
        root.putObject("fiscalPeriod").put("start", year + "-01-01").put("end", year + "-12-31");
        root.set("resources", resources);
        ObjectNode model = root.putObject("model");
        model.set("measures", measures);
        model.set("dimensions", dimensions);
        return root;
    }

    private static String readme(int year) {
        StringBuilder readme = new StringBuilder("部门预算信息公开 " + year + "\r\n\r\n"
                + "Every department's approved budget disclosure for " + year + ", as the suite holds it when this file was made.\r\n"
                + "Amounts are in 万元 (CNY 10,000), exactly as published: figures that do not add up are kept as they are,\r\n"
                + "and findings.csv counts what does not.\r\n"
                + "Each CSV is UTF-8 with a byte order mark, CRLF line ends and a header row of field names: Excel opens it as it is.\r\n"
                + "datapackage.json describes each file's columns, with their Chinese titles (a Frictionless tabular data package,\r\n"
                + "with the measures and dimensions of a Fiscal Data Package). " + OCDS + " holds the year's procurement plans\r\n"
                + "as one OCDS 1.1 release package (money in CNY), when any department has one.\r\n\r\n");
        for (Table table : tables()) {
            readme.append(table.name()).append(".csv: ").append(table.title()).append("; GET ").append(table.pathOf(year))
                    .append(table.query().isEmpty() ? "" : "?" + table.query()).append(" (")
                    .append(table.downstream() == null ? "gateway" : table.downstream().service()).append(")\r\n");
        }
        return readme.toString();
    }
}
