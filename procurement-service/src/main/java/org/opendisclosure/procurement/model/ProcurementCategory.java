package org.opendisclosure.procurement.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The three parts of the 政府采购品目分类目录, named by the first letter of a catalogue code. */
@Schema(description = "GOODS 货物 (codes A…); WORKS 工程 (codes B…); SERVICES 服务 (codes C…). Derived from the catalogue code.")
public enum ProcurementCategory {
    GOODS('A', "goods"),
    WORKS('B', "works"),
    SERVICES('C', "services");

    private final char letter;
    private final String ocdsCode;

    ProcurementCategory(char letter, String ocdsCode) {
        this.letter = letter;
        this.ocdsCode = ocdsCode;
    }

    /** The OCDS procurementCategory code. */
    public String ocdsCode() {
        return ocdsCode;
    }

    /** The category of a catalogue code, or null for a line published without one. */
    public static ProcurementCategory of(String catalogueCode) {
        if (catalogueCode == null || catalogueCode.isEmpty()) {
            return null;
        }
        for (ProcurementCategory category : values()) {
            if (category.letter == catalogueCode.charAt(0)) {
                return category;
            }
        }
        return null;
    }
}
