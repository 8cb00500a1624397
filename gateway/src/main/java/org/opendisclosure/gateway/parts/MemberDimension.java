package org.opendisclosure.gateway.parts;

import org.opendisclosure.common.members.Dimension;

/**
 * The dimensions whose values the suite lists at {@code /api/v1/members/{dimension}}, each kept
 * by the service of the part it belongs to. A new one is one constant here and the same key in
 * that service's own list of dimensions.
 */
public enum MemberDimension implements Dimension {
    DIVISIONS("divisions", "行政区划", Part.ORGANIZATION),
    UNIT_NATURES("unit-natures", "单位性质", Part.ORGANIZATION),
    ECONOMIC_CLASSES("economic-classes", "经济分类 (机关运行经费 items)", Part.OPERATING_EXPENSES),
    INDICATOR_CATEGORIES("indicator-categories", "指标类别 (一级 and 二级指标)", Part.PERFORMANCE),
    CATALOGUE_CODES("catalogue-codes", "政府采购品目分类目录", Part.PROCUREMENT);

    private final String key;
    private final String title;
    private final Part part;

    MemberDimension(String key, String title, Part part) {
        this.key = key;
        this.title = title;
        this.part = part;
    }

    @Override
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public Part part() {
        return part;
    }

    public Downstream downstream() {
        return part.downstream();
    }
}
