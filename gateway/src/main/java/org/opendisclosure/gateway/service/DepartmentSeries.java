package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.problem.ProblemType;
import org.opendisclosure.gateway.client.Fetched;
import org.opendisclosure.gateway.client.RequestIds;
import org.opendisclosure.gateway.client.Services;
import org.opendisclosure.gateway.parts.Part;

/**
 * A department's headline figures over the years it has a budget (part 二) for: each year's
 * disclosure as the gateway composes it, the figures read from it exactly as published, and beside
 * each the change from the year before as computed here and, where the document states one, as
 * stated. A change is computed only between consecutive years, never across a missing one.
 */
@ApplicationScoped
public class DepartmentSeries {

    /** More years than any department will have; the services' largest page. */
    private static final int YEARS_PAGE_SIZE = 1000;

    private final Services services;
    private final DisclosureComposer composer;
    private final ManagedExecutor executor;
    private final ObjectMapper objectMapper;

    public DepartmentSeries(Services services, DisclosureComposer composer, ManagedExecutor executor, ObjectMapper objectMapper) {
        this.services = services;
        this.composer = composer;
        this.executor = executor;
        this.objectMapper = objectMapper;
    }

    @Schema(name = "SeriesValue", description = "One year of a figure (万元, exactly as published; counts are counts)")
    @JsonPropertyOrder({"fiscalYear", "value", "change", "statedChange"})
    public record Value(
            int fiscalYear,
            @Schema(description = "The figure as published; null when that year's document does not give it", nullable = true)
            BigDecimal value,
            @Schema(description = "value − the previous year's value, when both years are in the series and both give it",
                    nullable = true) BigDecimal change,
            @Schema(description = "The change against last year that the document itself states (比上年增减, 增减金额), if it states one",
                    nullable = true) BigDecimal statedChange) {
    }

    @Schema(name = "SeriesFigure", description = "One headline figure over the department's years")
    @JsonPropertyOrder({"figure", "label", "part", "values"})
    public record Figure(
            @Schema(description = "Its id: the part's key and the path of the figure in it, e.g. summary.expenditure.total",
                    example = "summary.expenditure.total") String figure,
            @Schema(example = "支出预算合计") String label,
            @Schema(description = "The part's key in the composed disclosure", example = "summary") String part,
            List<Value> values) {
    }

    @Schema(name = "DepartmentSeries", description = "A department's headline figures for every year it has a budget for")
    @JsonPropertyOrder({"departmentId", "departmentName", "years", "incompleteYears", "figures"})
    public record Series(
            String departmentId,
            @Schema(description = "As the latest year's part 一 names it", nullable = true) String departmentName,
            @Schema(description = "The years, ascending") List<Integer> years,
            @Schema(description = "Years whose disclosure could not be read whole (a service was unavailable): "
                    + "the figures of its missing parts are null") List<Integer> incompleteYears,
            List<Figure> figures) {
    }

    /** One row of the series as CSV: a figure in a year. */
    @JsonPropertyOrder({"departmentId", "figure", "label", "part", "fiscalYear", "value", "change", "statedChange"})
    public record Row(String departmentId, String figure, String label, String part, int fiscalYear, BigDecimal value,
                      BigDecimal change, BigDecimal statedChange) {
    }

    private record Extractor(String figure, String label, Part part, Function<JsonNode, JsonNode> value,
                             Function<JsonNode, JsonNode> statedChange) {
    }

    private static final List<Extractor> FIGURES = figures();

    private static List<Extractor> figures() {
        List<Extractor> figures = new ArrayList<>();
        String[][] revenue = {{"total", "预算收入合计"}, {"generalPublicBudget", "一般公共预算收入"}, {"governmentFund", "政府性基金预算收入"},
                {"fiscalSpecialAccount", "财政专户核拨收入"}, {"otherSources", "其他来源收入"}};
        for (String[] source : revenue) {
            figures.add(at(Part.SUMMARY, "revenue." + source[0], source[1], null));
        }
        String[][] expenditure = {{"total", "支出预算合计", "total"}, {"basic", "基本支出", "basic"}, {"personnel", "人员经费", null},
                {"publicExpenditure", "日常公用经费", null}, {"project", "项目支出", "project"}};
        for (String[] item : expenditure) {
            figures.add(at(Part.SUMMARY, "expenditure." + item[0], item[1],
                    item[2] == null ? null : "changeFromLastYear." + item[2] + ".amount"));
        }
        figures.add(at(Part.OPERATING_EXPENSES, "total", "机关运行经费", null));
        // The rows by category (their names vary from one document to the next), as budget-service's categories.
        String[][] threePublic = {{"OUTBOUND_TRAVEL", "因公出国(境)经费"}, {"VEHICLE_PURCHASE", "公务用车购置经费"},
                {"VEHICLE_OPERATION", "公务用车运行经费"}, {"VEHICLE_PURCHASE_AND_OPERATION", "公务用车购置及运行经费"},
                {"RECEPTION", "公务接待费"}};
        for (String[] row : threePublic) {
            String category = row[0];
            figures.add(new Extractor(Part.THREE_PUBLIC_EXPENSES.key() + ".rows." + category + ".currentYear",
                    row[1], Part.THREE_PUBLIC_EXPENSES,
                    table -> row(table, category).path("currentYear"), table -> row(table, category).path("change")));
        }
        figures.add(at(Part.THREE_PUBLIC_EXPENSES, "total.currentYear", "“三公”经费合计", "total.change"));
        figures.add(at(Part.PROCUREMENT, "statedTotal", "政府采购预算", null));
        figures.add(at(Part.ASSETS, "totalFixedAssets", "固定资产总值", null));
        figures.add(new Extractor(Part.PERFORMANCE.key() + ".projects.count", "项目数", Part.PERFORMANCE,
                performance -> performance.path("projects").isArray()
                        ? number(BigDecimal.valueOf(performance.path("projects").size())) : null, null));
        figures.add(new Extractor(Part.PERFORMANCE.key() + ".projects.budget.total", "项目预算合计", Part.PERFORMANCE,
                DepartmentSeries::projectsBudget, null));
        return List.copyOf(figures);
    }

    private static Extractor at(Part part, String path, String label, String statedChangePath) {
        return new Extractor(part.key() + "." + path, label, part, content -> path(content, path),
                statedChangePath == null ? null : content -> path(content, statedChangePath));
    }

    private static JsonNode path(JsonNode node, String dotted) {
        for (String name : dotted.split("\\.")) {
            node = node.path(name);
        }
        return node;
    }

    private static JsonNode row(JsonNode table, String category) {
        for (JsonNode row : table.path("rows")) {
            if (category.equals(row.path("category").asText())) {
                return row;
            }
        }
        return MissingNode.getInstance();
    }

    private static JsonNode projectsBudget(JsonNode performance) {
        if (!performance.path("projects").isArray()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode project : performance.path("projects")) {
            JsonNode total = project.path("budget").path("total");
            if (total.isNumber()) {
                sum = sum.add(total.decimalValue());
            }
        }
        return number(sum);
    }

    private static JsonNode number(BigDecimal value) {
        return JsonNodeFactory.instance.numberNode(value);
    }

    /** @throws ProblemException 404 when the department has no budget stored for any year, 503 when budget-service cannot say */
    public Series of(String departmentId) {
        List<Integer> years = years(departmentId);
        if (years.isEmpty()) {
            throw ProblemException.notFound("Department " + departmentId + " has no budget stored for any year");
        }
        Map<Integer, CompletableFuture<JsonNode>> asked = new LinkedHashMap<>();
        for (int year : years) {
            asked.put(year, executor.supplyAsync(RequestIds.carried(() -> parse(composer.compose(departmentId, year).json()))));
        }
        Map<Integer, JsonNode> disclosures = new LinkedHashMap<>();
        asked.forEach((year, disclosure) -> disclosures.put(year, disclosure.join()));

        List<Integer> incomplete = new ArrayList<>();
        String name = null;
        Map<Integer, Map<String, JsonNode>> contents = new LinkedHashMap<>();
        for (Map.Entry<Integer, JsonNode> entry : disclosures.entrySet()) {
            JsonNode disclosure = entry.getValue();
            if (!disclosure.path("unavailableParts").isEmpty()) {
                incomplete.add(entry.getKey());
            }
            if (disclosure.path("departmentName").isTextual()) {
                name = disclosure.path("departmentName").asText();
            }
            Map<String, JsonNode> parts = new LinkedHashMap<>();
            for (JsonNode part : disclosure.path("parts")) {
                if ("available".equals(part.path("status").asText())) {
                    parts.put(part.path("key").asText(), part.path("content"));
                }
            }
            contents.put(entry.getKey(), parts);
        }

        List<Figure> figures = new ArrayList<>();
        for (Extractor extractor : FIGURES) {
            List<Value> values = new ArrayList<>();
            BigDecimal previous = null;
            Integer previousYear = null;
            for (int year : years) {
                JsonNode content = contents.get(year).get(extractor.part().key());
                BigDecimal value = content == null ? null : amount(extractor.value().apply(content));
                BigDecimal stated = content == null || extractor.statedChange() == null ? null
                        : amount(extractor.statedChange().apply(content));
                BigDecimal change = value != null && previous != null && previousYear == year - 1 ? value.subtract(previous) : null;
                values.add(new Value(year, value, change, stated));
                previous = value;
                previousYear = year;
            }
            figures.add(new Figure(extractor.figure(), extractor.label(), extractor.part().key(), values));
        }
        return new Series(departmentId, name, years, incomplete, figures);
    }

    public static List<Row> rows(Series series) {
        List<Row> rows = new ArrayList<>();
        for (Figure figure : series.figures()) {
            for (Value value : figure.values()) {
                rows.add(new Row(series.departmentId(), figure.figure(), figure.label(), figure.part(), value.fiscalYear(),
                        value.value(), value.change(), value.statedChange()));
            }
        }
        return rows;
    }

    private static BigDecimal amount(JsonNode node) {
        return node != null && node.isNumber() ? node.decimalValue() : null;
    }

    private List<Integer> years(String departmentId) {
        TreeSet<Integer> years = new TreeSet<>();
        long totalPages = 1;
        for (int page = 1; page <= totalPages; page++) {
            Fetched fetched = services.years(Part.SUMMARY.document(), departmentId, page, YEARS_PAGE_SIZE);
            if (fetched.status() == Fetched.Status.ABSENT) {
                throw ProblemException.notFound("There is no department " + departmentId);
            }
            if (fetched.status() == Fetched.Status.UNAVAILABLE) {
                throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, fetched.reason()
                        + "; the years of department " + departmentId + " cannot be listed right now: try again shortly");
            }
            for (JsonNode item : fetched.body().path("items")) {
                if (item.path("fiscalYear").canConvertToInt()) {
                    years.add(item.path("fiscalYear").intValue());
                }
            }
            totalPages = fetched.body().path("totalPages").asLong(1);
        }
        return List.copyOf(years);
    }

    private JsonNode parse(byte[] json) {
        try {
            return objectMapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a composed disclosure could not be read back", e);
        }
    }
}
