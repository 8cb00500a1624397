package org.opendisclosure.common.consistency;

import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code tolerance} of a findings request, as a {@code @BeanParam}; a bad value is a 400 naming it. */
public class ToleranceParam {

    @QueryParam(Tolerance.PARAM)
    @Parameter(description = Tolerance.DESCRIPTION,
            schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = Tolerance.MAXIMUM, defaultValue = "0"))
    String tolerance;

    public BigDecimal value() {
        return Tolerance.parse(tolerance);
    }
}
