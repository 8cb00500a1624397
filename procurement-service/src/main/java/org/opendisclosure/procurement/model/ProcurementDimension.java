package org.opendisclosure.procurement.model;

import org.opendisclosure.common.members.Dimension;

/** The dimensions whose values this service lists at {@code /api/v1/members/{dimension}}. */
public enum ProcurementDimension implements Dimension {
    /** 政府采购品目分类目录 codes of the procurement lines, named by the item name most published with them. */
    CATALOGUE_CODES("catalogue-codes");

    private final String key;

    ProcurementDimension(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
