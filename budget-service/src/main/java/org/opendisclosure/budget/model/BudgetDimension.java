package org.opendisclosure.budget.model;

import org.opendisclosure.common.members.Dimension;

/** The dimensions whose values this service lists at {@code /api/v1/members/{dimension}}. */
public enum BudgetDimension implements Dimension {
    /** 行政区划: the division codes of the departments with a budget, named as their part 一 names them. */
    DIVISIONS("divisions"),
    /** 单位性质 of the units of part 一 (行政, 事业, 参公 …). */
    UNIT_NATURES("unit-natures"),
    /** The items of 机关运行经费 (part 三), which the documents name by their 经济分类 (办公费, 邮电费 …) without a code. */
    ECONOMIC_CLASSES("economic-classes");

    private final String key;

    BudgetDimension(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
