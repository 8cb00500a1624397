package org.opendisclosure.parser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who published the document, pieced together from several parts: the division from the
 * department's name, the department's code from the procurement table or the project codes, and
 * the unit codes from the project tables (the unit table of part 一 has no code column).
 */
final class DepartmentIdentity {
    private static final Pattern PARTY_PREFIX = Pattern.compile("^(?:中国共产党|中共)");
    private static final Pattern DIVISION = Pattern.compile("^\\p{IsHan}+?[省市县区旗]");

    private DepartmentIdentity() {
    }

    /** 中共阜平县委组织部 → 阜平县: the shortest leading run of Han characters ending in 省, 市, 县, 区 or 旗; null if none. */
    static String divisionName(String departmentName) {
        Matcher division = DIVISION.matcher(PARTY_PREFIX.matcher(departmentName).replaceFirst(""));
        return division.find() ? division.group() : null;
    }

    /** The code heading the procurement table, else what every project code starts with (203-0401-… → 203), else null. */
    static String departmentCode(String procurementCode, JsonNode projects) {
        if (procurementCode != null) {
            return procurementCode;
        }
        Set<String> prefixes = new LinkedHashSet<>();
        for (JsonNode project : projects) {
            String code = project.get("code").asText();
            prefixes.add(code.contains("-") ? code.substring(0, code.indexOf('-')) : null);
        }
        return prefixes.size() == 1 ? prefixes.iterator().next() : null;
    }

    /**
     * Gives each unit without a code the code the project tables give it: the unit of the same
     * name, or, when the department has one unit and the projects name one unit code, that code.
     */
    static void fillUnitCodes(JsonNode units, JsonNode projects) {
        Set<String> projectCodes = new LinkedHashSet<>();
        for (JsonNode project : projects) {
            if (!project.get("unit").get("code").isNull()) {
                projectCodes.add(project.get("unit").get("code").asText());
            }
        }
        for (JsonNode node : units) {
            ObjectNode unit = (ObjectNode) node;
            if (!unit.get("code").isNull()) {
                continue;
            }
            String byName = codeOfUnitNamed(unit.get("name").asText(), projects);
            if (byName != null) {
                unit.put("code", byName);
            } else if (units.size() == 1 && projectCodes.size() == 1) {
                unit.put("code", projectCodes.iterator().next());
            }
        }
    }

    private static String codeOfUnitNamed(String name, JsonNode projects) {
        Set<String> codes = new LinkedHashSet<>();
        for (JsonNode project : projects) {
            JsonNode unit = project.get("unit");
            if (unit.get("name").asText().equals(name) && !unit.get("code").isNull()) {
                codes.add(unit.get("code").asText());
            }
        }
        return codes.size() == 1 ? codes.iterator().next() : null;
    }
}
