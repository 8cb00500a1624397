package org.opendisclosure.gateway.parts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The nine parts of a disclosure (部门预算信息公开), in the document's order: the one place that says
 * what each part is called, which service owns it and where that service keeps it. Every list of
 * parts in the gateway is derived from here; a tenth part is one more constant (and, if a new
 * service owns it, one more {@link Downstream}).
 */
public enum Part {
    ORGANIZATION(1, "organization", "部门职责及机构设置", Document.ORGANIZATION, false, Shape.OBJECT),
    SUMMARY(2, "summary", "部门预算安排的总体情况", Document.BUDGET, true, Shape.OBJECT),
    OPERATING_EXPENSES(3, "operatingExpenses", "机关运行经费", Document.BUDGET, true, Shape.OBJECT),
    THREE_PUBLIC_EXPENSES(4, "threePublicExpenses", "“三公”经费", Document.BUDGET, true, Shape.OBJECT),
    PERFORMANCE(5, "performance", "预算绩效信息", Document.PERFORMANCE, true, Shape.OBJECT),
    PROCUREMENT(6, "procurement", "政府采购预算", Document.PROCUREMENT, true, Shape.OBJECT),
    ASSETS(7, "assets", "国有资产", Document.ASSETS, true, Shape.OBJECT),
    GLOSSARY(8, "glossary", "名词解释", Document.BUDGET, false, Shape.ARRAY),
    OTHER_NOTES(9, "otherNotes", "其他需说明的事项", Document.BUDGET, false, Shape.STRING);

    /** The JSON type of a part's content. */
    public enum Shape { OBJECT, ARRAY, STRING }

    private static final String NUMERALS = "一二三四五六七八九十";

    private final int number;
    private final String key;
    private final String title;
    private final Document document;
    private final boolean checked;
    private final Shape shape;

    Part(int number, String key, String title, Document document, boolean checked, Shape shape) {
        this.number = number;
        this.key = key;
        this.title = title;
        this.document = document;
        this.checked = checked;
        this.shape = shape;
    }

    public int number() {
        return number;
    }

    /** Its key in a composed disclosure and in a disclosure sent to the gateway. */
    public String key() {
        return key;
    }

    /** Its heading in the published document. */
    public String title() {
        return title;
    }

    /** The Chinese numeral of its heading, 一 to 九. */
    public String numeral() {
        return String.valueOf(NUMERALS.charAt(number - 1));
    }

    public Document document() {
        return document;
    }

    public Downstream downstream() {
        return document.downstream();
    }

    /** Whether its service checks it for consistency. */
    public boolean checked() {
        return checked;
    }

    public Shape shape() {
        return shape;
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Part::key).toList();
    }

    public static Optional<Part> byKey(String key) {
        return Arrays.stream(values()).filter(part -> part.key.equals(key)).findFirst();
    }

    /** Its content in the document its service answers with. */
    public JsonNode content(JsonNode serviceDocument) {
        return document.whole() ? document.withoutIdentity(serviceDocument) : serviceDocument.get(key);
    }

    /**
     * A document a service keeps, under {@code /api/v1/departments/{departmentId}/{segment}/{year}}:
     * either one part itself, or several parts side by side, each a field named by its key.
     */
    public enum Document {
        ORGANIZATION(Downstream.BUDGET, "organization", List.of(), List.of()),
        BUDGET(Downstream.BUDGET, "budgets", List.of("budgets", "units"), List.of("three-public", "operating-items")),
        PERFORMANCE(Downstream.PERFORMANCE, "performance", List.of("performance", "projects", "indicators"), List.of("indicator-categories")),
        PROCUREMENT(Downstream.PROCUREMENT, "procurement", List.of("procurement", "procurement-lines", "procurement-totals"), List.of("ocds")),
        ASSETS(Downstream.ASSETS, "assets", List.of("assets"), List.of());

        /** What a service adds around a document it serves: who, which year, which revision. */
        private static final List<String> IDENTITY = List.of("id", "divisionCode", "code", "departmentId", "fiscalYear",
                "revision", "revisedAt");

        private final Downstream downstream;
        private final String segment;
        private final List<String> yearLists;
        private final List<String> drillDowns;

        Document(Downstream downstream, String segment, List<String> yearLists, List<String> drillDowns) {
            this.downstream = downstream;
            this.segment = segment;
            this.yearLists = yearLists;
            this.drillDowns = drillDowns;
        }

        public Downstream downstream() {
            return downstream;
        }

        /** Its path segment after the department. */
        public String segment() {
            return segment;
        }

        /**
         * Its service's analysts' lists of a year, {@code /api/v1/fiscal-years/{year}/{list}}, each a
         * table of the year's export (procurement-totals, by catalogue code, is one: it is also the
         * drill-down of procurement).
         */
        public List<String> yearLists() {
            return yearLists;
        }

        /**
         * Its service's other drill-downs across the departments of a year, passed through under
         * {@code /api/v1/fiscal-years/{year}/{list}} like the lists, but not exported: their rows are
         * sums over departments by default, which the year's tables add up to already.
         */
        public List<String> drillDowns() {
            return drillDowns;
        }

        public List<Part> parts() {
            return Arrays.stream(Part.values()).filter(part -> part.document == this).toList();
        }

        public List<String> keys() {
            return parts().stream().map(Part::key).toList();
        }

        /** Whether the document is one part itself rather than several side by side. */
        public boolean whole() {
            return parts().size() == 1;
        }

        /** The parts of it its service checks. */
        public List<Part> checkedParts() {
            return parts().stream().filter(Part::checked).toList();
        }

        /**
         * Whether it is written only once the department exists: its service keeps the department
         * (with part 一) and refuses a document of a department it does not know.
         */
        public boolean needsDepartment() {
            return this != Part.ORGANIZATION.document && downstream == Part.ORGANIZATION.downstream();
        }

        /** The service's path of the document, which the gateway also passes through. */
        public String path(String departmentId, int year) {
            return "/api/v1/departments/" + departmentId + "/" + segment + "/" + year;
        }

        /** The document as its service takes it, cut from a disclosure: the parts' trees themselves. */
        public JsonNode of(ObjectNode disclosure) {
            if (whole()) {
                return disclosure.get(parts().get(0).key);
            }
            ObjectNode document = disclosure.objectNode();
            keys().forEach(key -> document.set(key, disclosure.get(key)));
            return document;
        }

        /** A field the service named in the document, as a path in the disclosure. */
        public String field(String serviceField) {
            if (whole()) {
                String key = parts().get(0).key;
                if (serviceField == null || serviceField.isEmpty() || serviceField.equals("body")) {
                    return key;
                }
                return serviceField.startsWith("[") ? key + serviceField : key + "." + serviceField;
            }
            if (serviceField == null) {
                return "body";
            }
            boolean ownsIt = keys().stream().anyMatch(key -> serviceField.equals(key)
                    || serviceField.startsWith(key + ".") || serviceField.startsWith(key + "["));
            // Anything else concerns the parts together, which only the whole body holds.
            return ownsIt ? serviceField : "body";
        }

        JsonNode withoutIdentity(JsonNode served) {
            ObjectNode copy = ((ObjectNode) served).deepCopy();
            copy.remove(IDENTITY);
            return copy;
        }

        public static Optional<Document> bySegment(String segment) {
            return Arrays.stream(values()).filter(document -> document.segment.equals(segment)).findFirst();
        }

        public static Optional<Document> byYearList(String list) {
            return Arrays.stream(values()).filter(document -> document.yearLists.contains(list)).findFirst();
        }
    }
}
