package org.opendisclosure.common.consistency;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much a failed rule matters: an error is arithmetic that cannot be right; a warning is something a reader should look at. */
@Schema(enumeration = {"error", "warning", "info"}, description = "error: figures that cannot all be right; "
        + "warning: something missing or doubtful; info: worth knowing")
public enum Severity {
    ERROR, WARNING, INFO;

    @JsonValue
    public String json() {
        return name().toLowerCase();
    }
}
