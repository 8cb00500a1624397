package org.opendisclosure.gateway.rest;

import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.consistency.Tolerance;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.common.revision.DryRunnable;
import org.opendisclosure.gateway.service.DocumentImport;

/** What an import is told besides the document: a bad value is a 400 problem naming it. */
public class ImportQuery {

    @QueryParam("division")
    @Parameter(description = "行政区划代码 of the department, e.g. 130624 (the document does not say it); the department code is "
            + "read from the document")
    String division;

    @QueryParam("department")
    @Parameter(description = "The whole department id, e.g. 130624-203, instead of division; must agree with the document's "
            + "department code when it has one")
    String department;

    @QueryParam("divisionName")
    @Parameter(description = "行政区划名称 to store, e.g. 阜平县, when the one read from the department's name is not right")
    String divisionName;

    @QueryParam(DryRunnable.PARAM)
    @Parameter(description = "true: read, validate and check only; store nothing", schema = @Schema(type = SchemaType.BOOLEAN))
    String dryRun;

    @QueryParam(Tolerance.PARAM)
    @Parameter(description = "With dryRun only. " + Tolerance.DESCRIPTION,
            schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = Tolerance.MAXIMUM, defaultValue = "0"))
    String tolerance;

    public DocumentImport.Target target() {
        return new DocumentImport.Target(division, department, divisionName);
    }

    public boolean dryRun() {
        if (dryRun == null || dryRun.isBlank() || dryRun.equalsIgnoreCase("false")) {
            return false;
        }
        if (dryRun.equalsIgnoreCase("true")) {
            return true;
        }
        throw ProblemException.invalid(DryRunnable.PARAM, "must be true or false, was \"" + dryRun + "\"");
    }

    public BigDecimal tolerance() {
        return Tolerance.parse(tolerance);
    }
}
