package org.opendisclosure.performance.model;

import org.opendisclosure.common.members.Dimension;

/** The dimensions whose values this service lists at {@code /api/v1/members/{dimension}}. */
public enum PerformanceDimension implements Dimension {
    /** 一级指标 (产出指标, 效益指标, 满意度指标 …) and, under each, its 二级指标, as published. */
    INDICATOR_CATEGORIES("indicator-categories");

    private final String key;

    PerformanceDimension(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
