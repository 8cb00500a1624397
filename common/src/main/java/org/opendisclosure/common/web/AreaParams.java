package org.opendisclosure.common.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.problem.ProblemException;

/** The level and division of a roll-up by area, as a {@code @BeanParam}; a bad one is a 400 naming it. */
public class AreaParams {

    /** What every roll-up by area is, for its operation's description. */
    public static final String DESCRIPTION = "One row per fiscal year and area, by year and then division code: the departments "
            + "whose 行政区划代码 starts with the area's code (its first 2 digits at level province, 4 at city, 6 at county; a "
            + "department below a county counts in its county), over the current revision of each department-year, and "
            + "departments, how many there are. Amounts in 万元, summed exactly as published (never rounded); a sum over no "
            + "published figure is null, never 0. Filter by division code prefix. JSON by default; CSV (UTF-8, header row) "
            + "with Accept: text/csv or format=csv.";

    @QueryParam(AreaLevel.PARAM)
    @Parameter(description = "The level rolled up to: province (2 digits of the division code), city (4) or county (6)",
            schema = @Schema(enumeration = {"province", "city", "county"}, defaultValue = "county"))
    String level;

    @QueryParam("division")
    @Parameter(description = "Only the areas whose 行政区划代码 starts with these digits (13: 河北省, 1306: 保定市), at most as many "
            + "digits as the level has", schema = @Schema(pattern = "^\\d{1,6}$"))
    String division;

    public AreaQuery query() {
        AreaLevel parsed = AreaLevel.parse(level);
        String prefix = Params.divisionPrefix(division);
        // A longer prefix would cut an area's row down to part of its departments, under the area's code.
        if (prefix != null && prefix.length() > parsed.digits()) {
            throw ProblemException.invalid("division", "must have at most " + parsed.digits() + " digits at level "
                    + parsed.key() + ", was \"" + prefix + "\"");
        }
        return new AreaQuery(parsed, prefix);
    }

    /** A roll-up's level and the division prefix its areas start with (null: every area). */
    public record AreaQuery(AreaLevel level, String divisionPrefix) {
    }
}
