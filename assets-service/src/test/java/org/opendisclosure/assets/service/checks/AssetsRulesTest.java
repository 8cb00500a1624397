package org.opendisclosure.assets.service.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.opendisclosure.assets.model.AssetsDocument;
import org.opendisclosure.common.consistency.Finding;
import org.opendisclosure.common.consistency.Findings;
import org.opendisclosure.common.consistency.Location;
import org.opendisclosure.common.consistency.Rule;
import org.opendisclosure.common.consistency.Severity;
import org.opendisclosure.testing.ExactJson;

/** Each rule of part 七 on a document that holds and one that breaks it, and the published fixture. */
class AssetsRulesTest {

    private static final ObjectMapper MAPPER = ExactJson.MAPPER.copy().registerModule(new JavaTimeModule());

    /** The published part 七: 0 + 18.98 + 0 + 63.24 = 82.22, no buildings. */
    private static ObjectNode fixture() {
        return (ObjectNode) ExactJson.resource("/sample/130624-203/2020/assets.json");
    }

    private static ObjectNode fixture(Consumer<ObjectNode> change) {
        ObjectNode doc = fixture();
        change.accept(doc);
        return doc;
    }

    private static ObjectNode buildings(ObjectNode doc) {
        return (ObjectNode) doc.get("buildings");
    }

    private static List<Finding> check(ObjectNode json) {
        return check(json, BigDecimal.ZERO);
    }

    private static List<Finding> check(ObjectNode json, BigDecimal tolerance) {
        AssetsDocument document;
        try {
            document = MAPPER.treeToValue(json, AssetsDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        Findings findings = new Findings(tolerance);
        AssetsRules.check(document, findings);
        return findings.list();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Map<String, BigDecimal> figures(Object... namesAndValues) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            figures.put((String) namesAndValues[i], namesAndValues[i + 1] == null ? null : d((String) namesAndValues[i + 1]));
        }
        return figures;
    }

    @Test
    void theCatalogueHasBothRules() {
        assertThat(AssetsRules.CATALOGUE).extracting(Rule::id, Rule::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("assets.total", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("assets.office-within-buildings", Severity.WARNING));
        assertThat(AssetsRules.CATALOGUE).allSatisfy(rule -> assertThat(rule.parts()).containsExactly("assets"));
    }

    @Test
    void thePublishedFixtureHasNoFinding() {
        assertThat(check(fixture())).isEmpty();
    }

    @Test
    void theTotalIsTheSumOfTheFourKindsOfFixedAssets() {
        List<Finding> found = check(fixture(d -> d.put("totalFixedAssets", d("82.23"))));
        assertThat(found).hasSize(1);
        Finding finding = found.get(0);
        assertThat(finding.rule()).isEqualTo("assets.total");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.location()).isEqualTo(new Location("assets", "totalFixedAssets", "固定资产总额", null));
        assertThat(finding.figures()).containsExactlyEntriesOf(figures("totalFixedAssets", "82.23", "buildings.value", "0.00",
                "vehicles.value", "18.98", "highValueEquipment.value", "0.00", "otherFixedAssets", "63.24"));
        assertThat(finding.expected()).isEqualTo("82.22");
        assertThat(finding.actual()).isEqualTo("82.23");
        assertThat(finding.difference()).isEqualByComparingTo("0.01");
        assertThat(finding.messageEn()).isEqualTo("assets “固定资产总额” totalFixedAssets: published 82.23, but \""
                + AssetsRules.TOTAL.descriptionEn() + "\" gives 82.22 (difference 0.01)");
        assertThat(finding.messageZh()).contains(AssetsRules.TOTAL.descriptionZh(), "82.23", "82.22");
    }

    @Test
    void officeSpaceIsPartOfTheBuildingsAndNotAddedAgain() {
        // 10 + 18.98 + 0 + 63.24 = 92.22, of which 5 is office space.
        ObjectNode withBuildings = fixture(d -> {
            buildings(d).put("area", d("300")).put("value", d("10")).put("officeArea", d("120")).put("officeValue", d("5"));
            d.put("totalFixedAssets", d("92.22"));
        });
        assertThat(check(withBuildings)).isEmpty();
        withBuildings.put("totalFixedAssets", d("97.22"));
        assertThat(check(withBuildings)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("assets.total");
            assertThat(f.expected()).isEqualTo("92.22");
            assertThat(f.difference()).isEqualByComparingTo("5");
        });
    }

    @Test
    void cellsPublishedAsADashCountAsZeroAndATableOfDashesHasNoTotalToCheck() {
        assertThat(check(fixture(d -> {
            buildings(d).putNull("value");
            ((ObjectNode) d.get("highValueEquipment")).putNull("value");
        }))).isEmpty();
        assertThat(check(fixture(d -> {
            buildings(d).putNull("value");
            ((ObjectNode) d.get("vehicles")).putNull("value");
            ((ObjectNode) d.get("highValueEquipment")).putNull("value");
            d.putNull("otherFixedAssets");
        }))).isEmpty();
    }

    @Test
    void officeAreaIsAtMostTheBuildingsArea() {
        assertThat(check(fixture(d -> buildings(d).put("area", d("120.5")).put("officeArea", d("120.5"))))).isEmpty();

        List<Finding> found = check(fixture(d -> buildings(d).put("area", d("120.5")).put("officeArea", d("150"))));
        assertThat(found).hasSize(1);
        Finding finding = found.get(0);
        assertThat(finding.rule()).isEqualTo("assets.office-within-buildings");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.location()).isEqualTo(new Location("assets", "buildings.officeArea", "其中：办公用房", null));
        assertThat(finding.figures()).containsExactlyEntriesOf(figures("buildings.officeArea", "150", "buildings.area", "120.5"));
        assertThat(finding.expected()).isEqualTo("≤ 120.5");
        assertThat(finding.actual()).isEqualTo("150");
        assertThat(finding.difference()).isNull();
        assertThat(finding.messageZh()).isEqualTo("assets “其中：办公用房” buildings.officeArea：办公用房面积 150 平方米大于房屋面积 120.5 平方米");
        assertThat(finding.messageEn()).isEqualTo("assets “其中：办公用房” buildings.officeArea: office area 150 m² exceeds the buildings' area 120.5 m²");
    }

    @Test
    void officeValueIsAtMostTheBuildingsValue() {
        List<Finding> found = check(fixture(d -> {
            buildings(d).put("value", d("10")).put("officeValue", d("12.5"));
            d.put("totalFixedAssets", d("92.22"));
        }));
        assertThat(found).hasSize(1);
        Finding finding = found.get(0);
        assertThat(finding.rule()).isEqualTo("assets.office-within-buildings");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.location()).isEqualTo(new Location("assets", "buildings.officeValue", "其中：办公用房", null));
        assertThat(finding.figures()).containsExactlyEntriesOf(figures("buildings.officeValue", "12.5", "buildings.value", "10"));
        assertThat(finding.expected()).isEqualTo("≤ 10");
        assertThat(finding.actual()).isEqualTo("12.5");
        assertThat(finding.difference()).isNull();
        assertThat(finding.messageEn()).contains("office value 12.5", "buildings' value 10");
    }

    @Test
    void officeSpaceIsNotComparedWithADash() {
        assertThat(check(fixture(d -> buildings(d).putNull("area").put("officeArea", d("150"))))).isEmpty();
        assertThat(check(fixture(d -> buildings(d).putNull("value").put("officeValue", d("12.5"))))).isEmpty();
        assertThat(check(fixture(d -> buildings(d).put("area", d("100")).putNull("officeArea")))).isEmpty();
    }

    @Test
    void findingsComeInDocumentOrder() {
        List<Finding> found = check(fixture(d -> {
            buildings(d).put("area", d("1")).put("officeArea", d("2")).put("value", d("1")).put("officeValue", d("2"));
            d.put("totalFixedAssets", d("1"));
        }));
        assertThat(found).extracting(f -> f.location().path())
                .containsExactly("totalFixedAssets", "buildings.officeArea", "buildings.officeValue");
    }

    @Test
    void theToleranceForgivesValuesButNotAreas() {
        ObjectNode doc = fixture(d -> {
            buildings(d).put("area", d("100")).put("officeArea", d("100.01")).put("value", d("10")).put("officeValue", d("10.01"));
            d.put("totalFixedAssets", d("92.21"));
        });
        assertThat(check(doc)).extracting(f -> f.location().path())
                .containsExactly("totalFixedAssets", "buildings.officeArea", "buildings.officeValue");
        assertThat(check(doc, d("0.01"))).extracting(f -> f.location().path()).containsExactly("buildings.officeArea");
    }
}
