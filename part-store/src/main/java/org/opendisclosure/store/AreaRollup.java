package org.opendisclosure.store;

import jakarta.persistence.EntityManager;
import org.opendisclosure.common.web.AreaParams.AreaQuery;
import org.opendisclosure.common.web.Page;
import org.opendisclosure.common.web.PageRequest;
import org.opendisclosure.common.web.YearRange;

/**
 * A part's figures rolled up by area in the database: one row per fiscal year and division code
 * cut to the level's digits, over the current revision of each department-year, with the number
 * of departments in it. PostgreSQL sums the NUMERIC columns exactly, and a sum over no published
 * value is null, never 0. Rows come by year, then division code.
 *
 * @param from         the query's from clause, e.g. {@code from AssetsRevisionEntity r join r.head a}
 * @param revision     the alias of the revision in it
 * @param head         the alias of its head row, one per department and year
 * @param divisionCode the path of the department's division code
 */
public record AreaRollup(String from, String revision, String head, String divisionCode) {

    /**
     * One page of the roll-up.
     *
     * @param rowType a record whose constructor takes the fiscal year, the level's key, the area's code, the
     *                number of departments and then the values of {@code figures}, in that order
     * @param figures the aggregates after those, e.g. {@code sum(r.totalFixedAssets), count(r.buildingArea)}
     */
    public <T> Page<T> page(EntityManager entityManager, Class<T> rowType, String figures, YearRange years, AreaQuery area,
                            PageRequest page) {
        // The level's digits and key come from an enum, never from the request: safe to write into the query.
        String areaCode = "substring(" + divisionCode + ", 1, " + area.level().digits() + ")";
        String year = head + ".fiscalYear";
        Conditions conditions = Conditions.currentRevisions(revision, head, years)
                .startsWith(divisionCode, "division", area.divisionPrefix());
        return conditions.page(entityManager.createQuery("select new " + rowType.getName() + "(" + year + ", '"
                        + area.level().key() + "', " + areaCode + ", count(distinct " + head + ".id), " + figures + ") " + from
                        + conditions.where() + " group by " + year + ", " + areaCode + " order by " + year + ", " + areaCode, rowType),
                entityManager.createQuery("select count(distinct concat(cast(" + year + " as String), '-', " + areaCode + ")) "
                        + from + conditions.where(), Long.class), page);
    }
}
