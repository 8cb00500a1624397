package org.opendisclosure.assets.service.checks;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendisclosure.assets.model.AssetsDocument;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.consistency.Location;
import org.opendisclosure.common.consistency.Rule;
import org.opendisclosure.common.consistency.Severity;

/**
 * The consistency rules of part 七 (国有资产), checked on a document exactly as published. A cell
 * published as — (null) counts as 0 in the total; a comparison with a — cell is not made.
 */
public final class AssetsRules {

    /** The key of this part in the composed disclosure. */
    public static final String PART = "assets";

    static final String TOTAL_ROW = "固定资产总额";
    static final String OFFICE_ROW = "其中：办公用房";

    public static final Rule TOTAL = Rule.of("assets.total", Severity.ERROR,
            "固定资产总额 = 房屋价值 + 车辆价值 + 单价在20万元以上的设备价值 + 其他固定资产价值",
            "total fixed assets = buildings + vehicles + equipment over 200,000 CNY + other fixed assets", PART);
    public static final Rule OFFICE_WITHIN_BUILDINGS = Rule.of("assets.office-within-buildings", Severity.WARNING,
            "其中：办公用房的面积 ≤ 房屋面积，价值 ≤ 房屋价值",
            "office space area ≤ buildings area, and its value ≤ buildings value", PART);

    public static final List<Rule> CATALOGUE = List.of(TOTAL, OFFICE_WITHIN_BUILDINGS);

    private AssetsRules() {
    }

    /**
     * Adds the document's findings to {@code findings}, in document order. Office space is "of
     * which" buildings, so it is not added to the total. The tolerance applies to values (万元);
     * areas (m²) are compared exactly.
     */
    public static void check(AssetsDocument document, Findings findings) {
        AssetsDocument.Buildings buildings = document.buildings();
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        parts.put("buildings.value", buildings.value());
        parts.put("vehicles.value", document.vehicles().value());
        parts.put("highValueEquipment.value", document.highValueEquipment().value());
        parts.put("otherFixedAssets", document.otherFixedAssets());
        if (parts.values().stream().anyMatch(value -> value != null)) {
            findings.sum(TOTAL, Location.of(PART, "totalFixedAssets").row(TOTAL_ROW), "totalFixedAssets",
                    document.totalFixedAssets(), parts);
        }

        if (buildings.officeArea() != null && buildings.area() != null
                && buildings.officeArea().compareTo(buildings.area()) > 0) {
            findings.fail(OFFICE_WITHIN_BUILDINGS, Location.of(PART, "buildings.officeArea").row(OFFICE_ROW),
                    figures("buildings.officeArea", buildings.officeArea(), "buildings.area", buildings.area()),
                    "≤ " + buildings.area().toPlainString(), buildings.officeArea().toPlainString(),
                    "办公用房面积 " + buildings.officeArea().toPlainString() + " 平方米大于房屋面积 "
                            + buildings.area().toPlainString() + " 平方米",
                    "office area " + buildings.officeArea().toPlainString() + " m² exceeds the buildings' area "
                            + buildings.area().toPlainString() + " m²");
        }
        if (buildings.officeValue() != null && buildings.value() != null
                && buildings.officeValue().subtract(buildings.value()).compareTo(findings.tolerance()) > 0) {
            findings.fail(OFFICE_WITHIN_BUILDINGS, Location.of(PART, "buildings.officeValue").row(OFFICE_ROW),
                    figures("buildings.officeValue", buildings.officeValue(), "buildings.value", buildings.value()),
                    "≤ " + buildings.value().toPlainString(), buildings.officeValue().toPlainString(),
                    "办公用房价值 " + buildings.officeValue().toPlainString() + " 万元大于房屋价值 "
                            + buildings.value().toPlainString() + " 万元",
                    "office value " + buildings.officeValue().toPlainString() + " (万元) exceeds the buildings' value "
                            + buildings.value().toPlainString());
        }
    }

    private static Map<String, BigDecimal> figures(String name, BigDecimal value, String otherName, BigDecimal other) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put(name, value);
        figures.put(otherName, other);
        return figures;
    }
}
