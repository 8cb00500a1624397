package org.opendisclosure.store;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.revision.DryRunnable;

/**
 * Declares {@code ?dryRun} on a {@link DryRunnable} write, for its documentation; the
 * {@link DryRunInterceptor} reads and checks the value.
 */
public class DryRunParam {

    @QueryParam(DryRunnable.PARAM)
    @Parameter(description = "true: validate and answer as the write would, storing nothing (header X-Dry-Run: true)",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    String dryRun;
}
