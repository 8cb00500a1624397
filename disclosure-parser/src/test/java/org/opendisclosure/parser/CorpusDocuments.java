package org.opendisclosure.parser;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendisclosure.parser.render.DocumentRenderer;
import org.opendisclosure.parser.render.DocumentWording;

/**
 * The corpus: structured disclosures (the reference's sample documents, and variants of them with
 * other departments, figures and empty parts), each rendered in a wording of its own. Every
 * document differs from the others in several of the ways the family's documents differ.
 */
final class CorpusDocuments {
    private static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String SAMPLE = "/sample/130624-203/2020/";
    /** The figures in 万元 a variant scales: not counts, areas, percentages or years. */
    private static final Set<String> MONEY = Set.of("total", "generalPublicBudget", "governmentFund", "fiscalSpecialAccount",
            "otherSources", "basic", "personnel", "publicExpenditure", "project", "other", "amount", "previousYear", "currentYear",
            "change", "statedTotal", "departmentBudget", "otherChannels", "unitPrice", "totalFixedAssets", "value", "officeValue",
            "otherFixedAssets", "fiscalFunds", "otherFunds");

    /** One document: its file name (without extension), the disclosure it states, and how it words it. */
    record Document(String name, ObjectNode source, DocumentWording wording) {
        DocumentRenderer.Rendered render() {
            return DocumentRenderer.render(source, wording);
        }
    }

    private CorpusDocuments() {
    }

    static List<Document> all() {
        ObjectNode reference = reference(0, 4);
        ObjectNode other = other();
        ObjectNode empty = empty();
        ObjectNode combined = combined();
        ObjectNode unit = unit();
        List<DocumentWording> wordings = DocumentWording.CORPUS;
        return List.of(
                new Document("01-reference-wording", reference, wordings.get(0)),
                new Document("02-grouped-short-titles", reference, wordings.get(1)),
                new Document("03-no-year-full-width-signed", other, wordings.get(2)),
                new Document("04-unit-in-yuan-parts-empty", empty, wordings.get(3)),
                new Document("05-numbered-parts-one-vehicle-row", combined, wordings.get(4)),
                new Document("06-unit-no-year-purchase-table", unit, wordings.get(5)),
                new Document("07-numbered-parts-in-yuan", other, wordings.get(6)),
                new Document("08-empty-parts-full-width", empty, wordings.get(7)),
                new Document("09-yuan-dash-purchase-table", combined, wordings.get(8)),
                new Document("10-unit-title-fees-rows", reference, wordings.get(9)),
                new Document("11-numbered-parts-decimals", unit, wordings.get(10)),
                new Document("12-empty-parts-one-line-title", empty, wordings.get(11)),
                new Document("13-unit-no-year-grouped", other, wordings.get(12)),
                new Document("14-no-year-full-width-one-vehicle-row", combined, wordings.get(13)),
                new Document("15-yuan-dash-dot-duties", unit, wordings.get(14)),
                new Document("16-numbered-parts-empty-short", empty, wordings.get(15)));
    }

    // ---------------------------------------------------------------- structures

    /** The reference disclosure from the sample documents, with the projects from..to of its 37 (to keep documents short). */
    static ObjectNode reference(int from, int to) {
        ObjectNode budget = sample("budget.json");
        ObjectNode document = Json.object();
        document.set("organization", sample("department.json"));
        document.set("summary", budget.get("summary"));
        document.set("operatingExpenses", budget.get("operatingExpenses"));
        document.set("threePublicExpenses", budget.get("threePublicExpenses"));
        ObjectNode performance = sample("performance.json");
        ArrayNode projects = Json.array();
        for (int i = from; i < to; i++) {
            projects.add(performance.get("projects").get(i));
        }
        performance.set("projects", projects);
        document.set("performance", performance);
        document.set("procurement", sample("procurement.json"));
        document.set("assets", sample("assets.json"));
        document.set("glossary", budget.get("glossary"));
        document.set("otherNotes", budget.get("otherNotes"));
        ObjectNode source = Json.object();
        source.put("departmentName", "中共阜平县委组织部");
        source.put("departmentCode", "203");
        source.put("divisionName", "阜平县");
        source.put("fiscalYear", 2020);
        source.set("document", document);
        return source;
    }

    /** Another department and county, other figures, decreases against last year, planned purchases with counts. */
    private static ObjectNode other() {
        ObjectNode source = renamed(reference(4, 7), "曲阳县人力资源和社会保障局", "曲阳县");
        scale(source, new BigDecimal("1.37"));
        JsonNode change = source.get("document").get("summary").get("changeFromLastYear");
        for (String part : List.of("total", "project")) {
            ObjectNode node = (ObjectNode) change.get(part);
            node.put("amount", node.get("amount").decimalValue().negate());
        }
        ((ObjectNode) change.get("project")).put("reason", "一次性项目到期结束");
        planned(source, item("办公电脑", 3, "1.8"), item("打印机", 1, "0.35"));
        return source;
    }

    /**
     * A department without operating expenses, “三公” expenses, procurement, project tables or planned
     * purchases: each of those parts stated as none, which is a published part, not a missing one.
     */
    private static ObjectNode empty() {
        ObjectNode source = renamed(reference(0, 0), "阜平县档案馆", "阜平县");
        scale(source, new BigDecimal("0.05"));
        ObjectNode document = (ObjectNode) source.get("document");
        ObjectNode operating = (ObjectNode) document.get("operatingExpenses");
        operating.put("total", BigDecimal.ZERO);
        operating.putArray("items");
        ObjectNode threePublic = (ObjectNode) document.get("threePublicExpenses");
        threePublic.putArray("rows");
        ObjectNode total = threePublic.putObject("total");
        total.putNull("name");
        total.put("previousYear", BigDecimal.ZERO);
        total.put("currentYear", BigDecimal.ZERO);
        total.put("change", BigDecimal.ZERO);
        total.putNull("reason");
        ObjectNode procurement = document.putObject("procurement");
        procurement.put("hasProcurement", false);
        procurement.putNull("departmentName");
        procurement.putNull("statement");
        procurement.putNull("statedTotal");
        procurement.putNull("totalRow");
        procurement.putArray("lines");
        document.putArray("glossary");
        // Neither procurement nor projects name a code: the department's and its unit's are unknown.
        source.putNull("departmentCode");
        ((ObjectNode) document.get("organization").get("units").get(0)).putNull("code");
        return source;
    }

    /** The two vehicle rows published as one (公务用车购置及运行维护费), planned purchases stated by amount without counts. */
    private static ObjectNode combined() {
        ObjectNode source = renamed(reference(7, 9), "阜平县财政局", "阜平县");
        scale(source, new BigDecimal("0.8"));
        ObjectNode threePublic = (ObjectNode) source.get("document").get("threePublicExpenses");
        ArrayNode rows = Json.array();
        ObjectNode vehicles = null;
        for (JsonNode row : threePublic.get("rows")) {
            String category = row.get("category").asText();
            if (!category.startsWith("VEHICLE")) {
                rows.add(row);
            } else if (vehicles == null) {
                vehicles = ((ObjectNode) row).deepCopy();
                vehicles.put("category", "VEHICLE_PURCHASE_AND_OPERATION");
                rows.add(vehicles);
            } else {
                for (String field : List.of("previousYear", "currentYear", "change")) {
                    vehicles.put(field, vehicles.get(field).decimalValue().add(row.get(field).decimalValue()));
                }
                vehicles.set("reason", row.get("reason"));
            }
        }
        threePublic.set("rows", rows);
        planned(source, item("办公家具", null, "2"), item("档案密集架", null, "0.35"));
        return source;
    }

    /** A unit publishing its own budget, larger figures (thousands), one planned purchase with its count. */
    private static ObjectNode unit() {
        ObjectNode source = renamed(reference(9, 12), "阜平县机关事务服务中心", "阜平县");
        scale(source, new BigDecimal("2.5"));
        planned(source, item("公务用车", 1, "12.5"));
        return source;
    }

    private static ObjectNode renamed(ObjectNode source, String name, String division) {
        source.put("departmentName", name);
        source.put("divisionName", division);
        ObjectNode document = (ObjectNode) source.get("document");
        ObjectNode organization = (ObjectNode) document.get("organization");
        organization.put("name", name);
        organization.put("divisionName", division);
        ((ObjectNode) organization.get("units").get(0)).put("name", name);
        ObjectNode procurement = (ObjectNode) document.get("procurement");
        if (procurement.get("hasProcurement").asBoolean()) {
            procurement.put("departmentName", name);
        }
        return source;
    }

    /** Every figure in 万元 times the factor, to two decimals: other figures than the reference's, exact all the same. */
    private static void scale(ObjectNode source, BigDecimal factor) {
        ObjectNode document = (ObjectNode) source.get("document");
        for (String part : List.of("summary", "operatingExpenses", "threePublicExpenses", "procurement", "assets")) {
            scaleMoney(document.get(part), factor);
        }
        for (JsonNode project : document.get("performance").get("projects")) {
            scaleMoney(project.get("budget"), factor);
        }
    }

    private static void scaleMoney(JsonNode node, BigDecimal factor) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isNumber() && MONEY.contains(field.getKey())) {
                    field.setValue(Json.object().numberNode(field.getValue().decimalValue().multiply(factor).setScale(2, RoundingMode.HALF_UP)));
                } else {
                    scaleMoney(field.getValue(), factor);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> scaleMoney(element, factor));
        }
    }

    private static ObjectNode item(String name, Integer quantity, String amount) {
        ObjectNode item = Json.object();
        item.put("name", name);
        item.put("quantity", quantity);
        item.put("amount", new BigDecimal(amount));
        return item;
    }

    private static void planned(ObjectNode source, ObjectNode... items) {
        ObjectNode planned = (ObjectNode) source.get("document").get("assets").get("plannedPurchases");
        planned.put("none", false);
        ArrayNode array = planned.putArray("items");
        for (ObjectNode item : items) {
            array.add(item);
        }
    }

    private static ObjectNode sample(String file) {
        try {
            return (ObjectNode) EXACT.readTree(Resources.text(SAMPLE + file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
