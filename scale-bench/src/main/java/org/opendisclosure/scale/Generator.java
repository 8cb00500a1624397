package org.opendisclosure.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendisclosure.battery.JsonHttp;

/**
 * Realistic, distinct whole disclosures (the body of {@code PUT /api/v1/disclosures/{id}/{year}})
 * for any number of departments and years, made from the reference disclosure.
 *
 * <p>Every figure of a department-year is the reference's times a whole multiplier, so every sum
 * the reference gets right stays exactly right (no rounding can creep in), and its own published
 * inconsistencies stay in the first year as published. A department keeps a subset of the
 * reference's projects (always those its purchases name) with part 二's project expenditure and the
 * totals above it recomputed from them; its multiplier grows by one each year, and from its second
 * year on the stated changes against last year and the previous-year column of the 三公 table are
 * what the previous generated year holds. A known share of department-years carries one planted
 * inconsistency, named by its rule in {@link Generated#planted()}. Everything follows from the seed.
 */
public final class Generator {

    /** The rules a planted inconsistency breaks, one of them per planted department-year. */
    public static final List<String> PLANTABLE = List.of("operating-expenses.total", "procurement.stated-total", "assets.total");

    private static final String SAMPLE = "/sample/130624-203/2020/";
    private static final int TEMPLATE_YEAR = 2020;
    private static final String TEMPLATE_NAME = "中共阜平县委组织部";
    private static final String TEMPLATE_UNIT_NAME = "中国共产党阜平县委员会组织部";
    private static final String TEMPLATE_COUNTY = "阜平县";
    private static final String TEMPLATE_CODE = "203";
    /** Counts, shares of a year and areas, not money: never multiplied. */
    private static final Set<String> NOT_MONEY = Set.of("sequence", "quantity", "count", "area", "officeArea",
            "endOfMarch", "endOfJune", "endOfOctober", "endOfDecember");
    private static final Pattern YEARS_IN_TEXT = Pattern.compile("(?<!\\d)(" + (TEMPLATE_YEAR - 1) + "|" + TEMPLATE_YEAR + ")(?!\\d)");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\s]");
    private static final Pattern AMOUNT_IN_TEXT = Pattern.compile("(\\d+(?:\\.\\d+)?)(万元)");
    private static final int LARGEST_FIRST_MULTIPLIER = 24;

    /** Offices a county keeps, so department names read as they do on a county's website. */
    private static final List<String> OFFICES = List.of("财政局", "教育局", "公安局", "民政局", "司法局", "人力资源和社会保障局",
            "自然资源和规划局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化广电和旅游局", "卫生健康局",
            "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局", "林业局", "信访局", "发展和改革局",
            "科学技术和工业信息化局", "行政审批局", "档案馆", "地方志办公室", "机关事务服务中心", "城市管理综合行政执法局",
            "乡村振兴局", "体育事业发展中心", "融媒体中心", "总工会", "共青团委员会", "妇女联合会", "残疾人联合会", "科学技术协会",
            "工商业联合会", "红十字会", "人民法院", "人民检察院", "委员会办公室", "人民政府办公室", "政协办公室", "人大常委会办公室",
            "纪律检查委员会", "宣传部", "统战部", "政法委员会", "机构编制委员会办公室", "党校", "老干部局", "供销合作社联合社",
            "粮食和物资储备局", "气象局", "消防救援大队", "生态环境分局", "数据和政务服务局", "国防动员办公室", "疾病预防控制中心");

    /** One department: its id ({division}-{code}), name and county. */
    public record Department(String id, String code, String name, County county) {
    }

    /** A county or district of the province the departments are spread over, and its city. */
    public record County(String code, String name, String city) {

        /** How a department names its place: a district with its city (two cities have a 桥西区), a county alone. */
        public String fullName() {
            return name.endsWith("区") ? city + name : name;
        }
    }

    /** One department-year's whole disclosure, and the rule its planted inconsistency breaks (null: none). */
    public record Generated(Department department, int year, ObjectNode disclosure, String planted) {
    }

    private final ObjectNode template;
    private final List<County> counties;
    private final long seed;
    private final double plantedShare;

    public Generator(long seed, double plantedShare) {
        this(template(), counties(), seed, plantedShare);
    }

    Generator(ObjectNode template, List<County> counties, long seed, double plantedShare) {
        this.template = template;
        this.counties = counties;
        this.seed = seed;
        this.plantedShare = plantedShare;
    }

    /** How many departments fit: every office of every county once. */
    public int capacity() {
        return counties.size() * OFFICES.size();
    }

    /** The i-th department: counties first, so any first n departments spread over the whole province. */
    public Department department(int i) {
        if (i < 0 || i >= capacity()) {
            throw new IllegalArgumentException("department " + i + " is beyond the " + capacity() + " this generator can make");
        }
        County county = counties.get(i % counties.size());
        int office = i / counties.size();
        String code = String.valueOf(101 + office);
        return new Department(county.code() + "-" + code, code, county.fullName() + OFFICES.get(office), county);
    }

    /** The department's disclosures of {@code years} consecutive years from {@code firstYear}, in order. */
    public List<Generated> years(int i, int firstYear, int years) {
        Department department = department(i);
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
        int firstMultiplier = 1 + random.nextInt(LARGEST_FIRST_MULTIPLIER);
        Set<String> dropped = droppedProjects(random);
        List<Generated> generated = new ArrayList<>();
        ObjectNode previous = null;
        for (int t = 0; t < years; t++) {
            int year = firstYear + t;
            ObjectNode disclosure = template.deepCopy();
            keepProjects(disclosure, dropped);
            multiply(disclosure, BigDecimal.valueOf(firstMultiplier + t));
            rename(disclosure, department, year);
            if (previous != null) {
                statePreviousYear(disclosure, previous);
            }
            String planted = random.nextDouble() < plantedShare ? PLANTABLE.get(random.nextInt(PLANTABLE.size())) : null;
            previous = disclosure.deepCopy();
            if (planted != null) {
                plant(disclosure, planted);
            }
            generated.add(new Generated(department, year, disclosure, planted));
        }
        return generated;
    }

    /** Projects no purchase names (punctuation aside, as the cross-part rule reads them) may go: each with a chance of one in three. */
    private Set<String> droppedProjects(SplittableRandom random) {
        Set<String> named = new HashSet<>();
        for (JsonNode line : template.at("/procurement/lines")) {
            named.add(PUNCTUATION.matcher(line.path("projectName").asText()).replaceAll(""));
        }
        Set<String> dropped = new HashSet<>();
        for (JsonNode project : template.at("/performance/projects")) {
            String code = project.path("code").asText();
            boolean purchased = named.contains(PUNCTUATION.matcher(project.path("name").asText()).replaceAll(""));
            if (!purchased && random.nextInt(3) == 0) {
                dropped.add(code);
            }
        }
        return dropped;
    }

    /** Part 二's project expenditure is the sum of the projects kept, and the totals above it follow. */
    private static void keepProjects(ObjectNode disclosure, Set<String> dropped) {
        ArrayNode projects = (ArrayNode) disclosure.at("/performance/projects");
        BigDecimal droppedBudget = BigDecimal.ZERO;
        for (Iterator<JsonNode> it = projects.elements(); it.hasNext(); ) {
            JsonNode project = it.next();
            if (dropped.contains(project.path("code").asText())) {
                droppedBudget = droppedBudget.add(project.at("/budget/total").decimalValue());
                it.remove();
            }
        }
        ObjectNode expenditure = (ObjectNode) disclosure.at("/summary/expenditure");
        ObjectNode revenue = (ObjectNode) disclosure.at("/summary/revenue");
        subtract(expenditure, "project", droppedBudget);
        subtract(expenditure, "total", droppedBudget);
        subtract(revenue, "total", droppedBudget);
        subtract(revenue, "generalPublicBudget", droppedBudget);
    }

    private static void subtract(ObjectNode node, String field, BigDecimal amount) {
        node.put(field, node.get(field).decimalValue().subtract(amount));
    }

    private static void multiply(JsonNode node, BigDecimal multiplier) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if (value.isNumber()) {
                    if (!NOT_MONEY.contains(field.getKey())) {
                        field.setValue(JsonNodeFactory.withExactBigDecimals(true).numberNode(value.decimalValue().multiply(multiplier)));
                    }
                } else if (value.isTextual()) {
                    field.setValue(TextNode.valueOf(multiplyInText(value.asText(), multiplier)));
                } else {
                    multiply(value, multiplier);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode element : array) {
                multiply(element, multiplier);
            }
        }
    }

    /** The statements say their figures in words ("安排50.64万元"): they follow the tables. */
    private static String multiplyInText(String text, BigDecimal multiplier) {
        Matcher matcher = AMOUNT_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, new BigDecimal(matcher.group(1)).multiply(multiplier).toPlainString() + "$2");
        }
        return matcher.appendTail(out).toString();
    }

    private static void rename(JsonNode node, Department department, int year) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(renamed(field.getKey(), field.getValue().asText(), department, year)));
                } else {
                    rename(field.getValue(), department, year);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(renamed(null, array.get(i).asText(), department, year)));
                } else {
                    rename(array.get(i), department, year);
                }
            }
        }
    }

    private static String renamed(String field, String text, Department department, int year) {
        String code = department.code();
        if ("code".equals(field) && text.startsWith(TEMPLATE_CODE)) {
            return code + text.substring(TEMPLATE_CODE.length());
        }
        if ("asOf".equals(field)) {
            return (year - 1) + text.substring(4);
        }
        String named = text.replace(TEMPLATE_UNIT_NAME, department.name())
                .replace(TEMPLATE_NAME, department.name())
                .replace(TEMPLATE_COUNTY, department.county().name());
        // One pass for both years: replacing one after the other would move last year's twice.
        return YEARS_IN_TEXT.matcher(named).replaceAll(match -> String.valueOf(year - TEMPLATE_YEAR + Integer.parseInt(match.group())));
    }

    /** What a department states against last year is what it published last year. */
    private static void statePreviousYear(ObjectNode disclosure, ObjectNode previous) {
        ObjectNode changes = (ObjectNode) disclosure.at("/summary/changeFromLastYear");
        for (String figure : List.of("total", "basic", "project")) {
            BigDecimal now = disclosure.at("/summary/expenditure/" + figure).decimalValue();
            BigDecimal before = previous.at("/summary/expenditure/" + figure).decimalValue();
            ((ObjectNode) changes.get(figure)).put("amount", now.subtract(before));
        }
        ArrayNode rows = (ArrayNode) disclosure.at("/threePublicExpenses/rows");
        for (JsonNode row : rows) {
            for (JsonNode before : previous.at("/threePublicExpenses/rows")) {
                if (before.path("category").equals(row.path("category"))) {
                    lastYearColumn((ObjectNode) row, before);
                }
            }
        }
        lastYearColumn((ObjectNode) disclosure.at("/threePublicExpenses/total"), previous.at("/threePublicExpenses/total"));
    }

    private static void lastYearColumn(ObjectNode row, JsonNode before) {
        BigDecimal previousYear = before.get("currentYear").decimalValue();
        row.put("previousYear", previousYear);
        row.put("change", row.get("currentYear").decimalValue().subtract(previousYear));
    }

    private static void plant(ObjectNode disclosure, String rule) {
        switch (rule) {
            case "operating-expenses.total" -> addOne(disclosure, "/operatingExpenses", "total");
            case "procurement.stated-total" -> addOne(disclosure, "/procurement", "statedTotal");
            case "assets.total" -> addOne(disclosure, "/assets", "totalFixedAssets");
            default -> throw new IllegalArgumentException("nothing plants " + rule);
        }
    }

    private static void addOne(ObjectNode disclosure, String at, String field) {
        ObjectNode node = (ObjectNode) disclosure.at(at);
        node.put(field, node.get(field).decimalValue().add(BigDecimal.ONE));
    }

    /** The reference's parts as the whole-disclosure PUT takes them, keyed as the composed disclosure's parts. */
    static ObjectNode template() {
        JsonNode budget = resource("budget.json");
        ObjectNode document = JsonHttp.JSON.createObjectNode();
        document.set("organization", resource("department.json"));
        for (String key : List.of("summary", "operatingExpenses", "threePublicExpenses")) {
            document.set(key, budget.get(key));
        }
        document.set("performance", resource("performance.json"));
        document.set("procurement", resource("procurement.json"));
        document.set("assets", resource("assets.json"));
        document.set("glossary", budget.get("glossary"));
        document.set("otherNotes", budget.get("otherNotes"));
        return document;
    }

    private static JsonNode resource(String name) {
        try (InputStream in = Generator.class.getResourceAsStream(SAMPLE + name)) {
            if (in == null) {
                throw new IllegalStateException("the sample-data jar is not on the class path: no " + SAMPLE + name);
            }
            return JsonHttp.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<County> counties() {
        List<County> counties = new ArrayList<>();
        try (InputStream in = Generator.class.getResourceAsStream("/hebei-counties.csv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
                    continue;
                }
                String[] fields = line.split(",", 3);
                counties.add(new County(fields[0].trim(), fields[1].trim(), fields[2].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(counties);
    }
}
