package org.opendisclosure.gateway.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.common.web.AreaParams.AreaQuery;
import org.opendisclosure.common.web.YearRange;
import org.opendisclosure.gateway.client.RequestIds;
import org.opendisclosure.gateway.client.Services;
import org.opendisclosure.gateway.parts.Downstream;
import org.opendisclosure.gateway.parts.Part;

/**
 * The headline figures of every part summed by area: each service's own roll-up (summed in its
 * database, every page of it), joined here by fiscal year and division code into one row per area
 * and year. A service that cannot be read leaves its figures and its count of departments null and
 * is named, with its parts; the others are still used.
 */
@ApplicationScoped
public class AreaRollups {

    private final Services services;
    private final ManagedExecutor executor;
    private final ObjectMapper objectMapper;
    private final DivisionNames divisionNames;

    public AreaRollups(Services services, ManagedExecutor executor, ObjectMapper objectMapper, DivisionNames divisionNames) {
        this.services = services;
        this.executor = executor;
        this.objectMapper = objectMapper;
        this.divisionNames = divisionNames;
    }

    @Schema(name = "AreaRow", description = "One area (province, city or county) in one fiscal year: the headline figures of each part summed "
            + "over its departments' current revisions, exactly as published (万元; areas m²), and how many departments each part has "
            + "there. A figure a department may leave out is summed over those that give it, the count after it says how many; a sum "
            + "over none is null, never 0. The departments of a part whose service could not be read are null, as are its figures.")
    @JsonPropertyOrder({"fiscalYear", "level", "divisionCode", "divisionName",
            "budgetDepartments", "revenueTotal", "expenditureTotal", "basicExpenditure", "personnelExpenditure", "personnelDepartments",
            "publicExpenditure", "publicDepartments", "projectExpenditure", "otherExpenditure", "otherDepartments", "operatingExpenses",
            "threePublicPreviousYear", "threePublicTotal",
            "performanceDepartments", "projectCount", "projectBudgetTotal",
            "procurementDepartments", "withProcurement", "procurementTotal", "procurementTotalDepartments",
            "assetsDepartments", "totalFixedAssets", "buildingArea", "buildingAreaDepartments", "vehicleCount", "vehicleCountDepartments",
            "vehicleValue", "vehicleValueDepartments"})
    public record AreaRow(
            int fiscalYear,
            @Schema(enumeration = {"province", "city", "county"}) String level,
            @Schema(description = "行政区划代码 of the area: 2 (province), 4 (city) or 6 (county) digits", example = "130624") String divisionCode,
            @Schema(description = "A county's name as its departments' part 一 gives it (when budget-service has one there); a "
                    + "province's or city's as GB/T 2260 gives it", nullable = true)
            String divisionName,
            @Schema(description = "Departments with a budget (parts 二 to 四) there", nullable = true) Long budgetDepartments,
            @Schema(description = "预算收入合计", nullable = true) BigDecimal revenueTotal,
            @Schema(description = "支出预算合计", nullable = true) BigDecimal expenditureTotal,
            @Schema(description = "基本支出", nullable = true) BigDecimal basicExpenditure,
            @Schema(description = "人员经费, of personnelDepartments departments", nullable = true) BigDecimal personnelExpenditure,
            @Schema(nullable = true) Long personnelDepartments,
            @Schema(description = "日常公用经费, of publicDepartments departments", nullable = true) BigDecimal publicExpenditure,
            @Schema(nullable = true) Long publicDepartments,
            @Schema(description = "项目支出", nullable = true) BigDecimal projectExpenditure,
            @Schema(description = "其他支出, of otherDepartments departments", nullable = true) BigDecimal otherExpenditure,
            @Schema(nullable = true) Long otherDepartments,
            @Schema(description = "机关运行经费", nullable = true) BigDecimal operatingExpenses,
            @Schema(description = "“三公”经费 合计, previous year", nullable = true) BigDecimal threePublicPreviousYear,
            @Schema(description = "“三公”经费 合计, this year", nullable = true) BigDecimal threePublicTotal,
            @Schema(description = "Departments with a performance part (五) there", nullable = true) Long performanceDepartments,
            @Schema(description = "Number of project tables", nullable = true) Long projectCount,
            @Schema(description = "Sum of the projects' 预算数", nullable = true) BigDecimal projectBudgetTotal,
            @Schema(description = "Departments with a procurement part (六) there", nullable = true) Long procurementDepartments,
            @Schema(description = "How many of them have a procurement budget", nullable = true) Long withProcurement,
            @Schema(description = "政府采购预算: the totals stated, of procurementTotalDepartments departments", nullable = true)
            BigDecimal procurementTotal,
            @Schema(nullable = true) Long procurementTotalDepartments,
            @Schema(description = "Departments with an assets part (七) there", nullable = true) Long assetsDepartments,
            @Schema(description = "固定资产总额", nullable = true) BigDecimal totalFixedAssets,
            @Schema(description = "房屋 area (m²), of buildingAreaDepartments departments", nullable = true) BigDecimal buildingArea,
            @Schema(nullable = true) Long buildingAreaDepartments,
            @Schema(description = "车辆 count, of vehicleCountDepartments departments", nullable = true) Long vehicleCount,
            @Schema(nullable = true) Long vehicleCountDepartments,
            @Schema(description = "车辆 value, of vehicleValueDepartments departments", nullable = true) BigDecimal vehicleValue,
            @Schema(nullable = true) Long vehicleValueDepartments) {
    }

    /** The rows by year and division code, the parts that could not be read (by number) and their services. */
    public record Listing(List<AreaRow> rows, List<Integer> unavailableParts, List<DisclosureList.Unavailable> unavailableServices) {
    }

    /** The figures each service's rows give, which the joined row names alike but for {@link #RENAMED}. */
    private static final Map<Downstream, List<String>> FIGURES = new EnumMap<>(Map.of(
            Downstream.BUDGET, List.of("divisionName", "revenueTotal", "expenditureTotal", "basicExpenditure",
                    "personnelExpenditure", "personnelDepartments", "publicExpenditure", "publicDepartments", "projectExpenditure",
                    "otherExpenditure", "otherDepartments", "operatingExpenses", "threePublicPreviousYear", "threePublicTotal"),
            Downstream.PERFORMANCE, List.of("projectCount", "projectBudgetTotal"),
            Downstream.PROCUREMENT, List.of("withProcurement", "statedTotal", "statedTotalDepartments"),
            Downstream.ASSETS, List.of("totalFixedAssets", "buildingArea", "buildingAreaDepartments", "vehicleCount",
                    "vehicleCountDepartments", "vehicleValue", "vehicleValueDepartments")));

    /** Beside the other parts' figures, procurement's stated total is the procurement total. */
    private static final Map<String, String> RENAMED = Map.of("statedTotal", "procurementTotal",
            "statedTotalDepartments", "procurementTotalDepartments");

    /** A service's count of departments as the joined row names it, e.g. budgetDepartments. */
    private static String departments(Downstream downstream) {
        return downstream.key() + "Departments";
    }

    private record Key(int fiscalYear, String divisionCode) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byYear = Integer.compare(fiscalYear, other.fiscalYear);
            return byYear != 0 ? byYear : divisionCode.compareTo(other.divisionCode);
        }
    }

    public Listing of(YearRange years, AreaQuery area) {
        // The services are read at once: a slow or failing one costs its own timeout, not the sum of all.
        Map<Downstream, CompletableFuture<Read>> asked = new EnumMap<>(Downstream.class);
        for (Downstream downstream : Downstream.withParts()) {
            asked.put(downstream, executor.supplyAsync(RequestIds.carried(() -> read(downstream, years, area))));
        }
        TreeMap<Key, ObjectNode> joined = new TreeMap<>();
        List<Downstream> available = new ArrayList<>();
        List<Integer> unavailableParts = new ArrayList<>();
        List<DisclosureList.Unavailable> unavailableServices = new ArrayList<>();
        asked.forEach((downstream, answer) -> {
            Read read = answer.join();
            if (read.unavailable() != null) {
                unavailableServices.add(read.unavailable());
                downstream.checkedParts().stream().map(Part::number).forEach(unavailableParts::add);
                return;
            }
            available.add(downstream);
            for (JsonNode item : read.items()) {
                Key key = new Key(item.path("fiscalYear").asInt(), item.path("divisionCode").asText());
                ObjectNode row = joined.computeIfAbsent(key, k -> objectMapper.createObjectNode()
                        .put("fiscalYear", k.fiscalYear()).put("level", area.level().key()).put("divisionCode", k.divisionCode()));
                row.set(departments(downstream), item.get("departments"));
                for (String figure : FIGURES.get(downstream)) {
                    row.set(RENAMED.getOrDefault(figure, figure), item.get(figure));
                }
            }
        });
        List<AreaRow> rows = new ArrayList<>(joined.size());
        for (ObjectNode row : joined.values()) {
            // A service that answered and has no department in the area has none there; one that did not answer, unknown.
            for (Downstream downstream : available) {
                row.putIfAbsent(departments(downstream), row.numberNode(0));
            }
            if (!row.path("divisionName").isTextual()) {
                divisionNames.of(row.path("divisionCode").asText()).ifPresent(name -> row.put("divisionName", name));
            }
            rows.add(objectMapper.convertValue(row, AreaRow.class));
        }
        return new Listing(rows, unavailableParts, unavailableServices);
    }

    /** One service's rows over every page, or why it could not be read. */
    private record Read(List<JsonNode> items, DisclosureList.Unavailable unavailable) {
    }

    private Read read(Downstream downstream, YearRange years, AreaQuery area) {
        List<JsonNode> items = new ArrayList<>();
        DisclosureList.Unavailable unavailable = ServicePages.read(
                page -> services.areas(downstream, area, years, page, ServicePages.SIZE), "roll-up by area", items::add);
        return new Read(items, unavailable);
    }
}
