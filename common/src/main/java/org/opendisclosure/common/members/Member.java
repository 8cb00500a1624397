package org.opendisclosure.common.members;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One value a dimension takes, with how often it is found; also a CSV row. */
@Schema(name = "Member", description = "A value of a dimension (a division code, a catalogue code, an economic class, an "
        + "indicator category, a unit nature) as stored, with the number of departments and of rows that carry it")
@JsonPropertyOrder({"value", "name", "parent", "departments", "occurrences"})
public record Member(
        @Schema(description = "The value as published or derived, e.g. 130624, A0901, 办公费, 产出指标, 行政", required = true)
        String value,
        @Schema(description = "Its name where the suite knows one (a division's name, a catalogue code's item name as most often "
                + "published); null otherwise", nullable = true)
        String name,
        @Schema(description = "The value it belongs to, where the dimension is a tree (the 一级指标 of a 二级指标, the category of "
                + "a catalogue code); null at the top", nullable = true)
        String parent,
        @Schema(description = "Number of departments with it", required = true)
        long departments,
        @Schema(description = "Number of rows with it: department-years, units, operating items, procurement lines or "
                + "indicator rows, as the dimension says", required = true)
        long occurrences) {

    /** A value without a name or parent, as a query counts it. */
    public Member(String value, long departments, long occurrences) {
        this(value, null, null, departments, occurrences);
    }

    /** A named value at the top of its dimension, as a query counts it. */
    public Member(String value, String name, long departments, long occurrences) {
        this(value, name, null, departments, occurrences);
    }
}
