package org.opendisclosure.gateway.rest;

import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.consistency.Tolerance;

/** How far apart figures may be before a rule fails: a bad value is a 400 problem naming it. */
public class ToleranceQuery {

    @QueryParam(Tolerance.PARAM)
    @Parameter(description = Tolerance.DESCRIPTION,
            schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = Tolerance.MAXIMUM, defaultValue = "0"))
    String tolerance;

    public BigDecimal tolerance() {
        return Tolerance.parse(tolerance);
    }
}
