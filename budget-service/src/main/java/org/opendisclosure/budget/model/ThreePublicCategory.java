package org.opendisclosure.budget.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "OUTBOUND_TRAVEL 因公出国(境)经费; VEHICLE_PURCHASE 公务用车购置经费; VEHICLE_OPERATION 公务用车运行经费; "
        + "VEHICLE_PURCHASE_AND_OPERATION 公务用车购置及运行经费 (where published as one row); RECEPTION 公务接待费")
public enum ThreePublicCategory {
    OUTBOUND_TRAVEL("因公出国(境)经费"),
    VEHICLE_PURCHASE("公务用车购置经费"),
    VEHICLE_OPERATION("公务用车运行经费"),
    VEHICLE_PURCHASE_AND_OPERATION("公务用车购置及运行经费"),
    RECEPTION("公务接待费");

    private final String label;

    ThreePublicCategory(String label) {
        this.label = label;
    }

    /** The row's usual heading; a document may word it otherwise (公务接待费支出). */
    public String label() {
        return label;
    }
}
