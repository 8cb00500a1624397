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

    static final String PARTIAL = "partial";

    @QueryParam("division")
    @Parameter(description = "行政区划代码 of the department, e.g. 130624. The document does not state it; without it, it is "
            + "the county the department's and units' names name (中共阜平县委组织部 → 阜平县 → 130624), when GB/T 2260 has exactly "
            + "one county of that name or the city or province named with it (石家庄市新华区) decides among several; otherwise "
            + "it is required, and the 400 says why (no county named, or the candidates). A county of GB/T 2260 given that the "
            + "document names another without doubt is a 400 naming both. The department code is read from the document")
    String division;

    @QueryParam("department")
    @Parameter(description = "The whole department id, e.g. 130624-203, instead of division; must agree with the document's "
            + "department code when it has one, and its division with the county the document names, as division must")
    String department;

    @QueryParam("divisionName")
    @Parameter(description = "行政区划名称 to store, e.g. 阜平县, when the one read from the department's name is not right")
    String divisionName;

    @QueryParam(DryRunnable.PARAM)
    @Parameter(description = "true: read, validate and check only; store nothing", schema = @Schema(type = SchemaType.BOOLEAN))
    String dryRun;

    @QueryParam(PARTIAL)
    @Parameter(description = "true: when some parts of the document cannot be read, store the others all the same (for an "
            + "operator loading many documents). Only documents whose parts were all read are stored (budget-service keeps "
            + "summary, operatingExpenses, threePublicExpenses, glossary and otherNotes in one, stored only with organization); "
            + "the others stay as they were, and the answer's notStored names each part not stored and why, with the problems "
            + "found in it. false (the default): any problem is a 422 with every problem found, and nothing is stored",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    String partial;

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

    public boolean partial() {
        if (partial == null || partial.isBlank() || partial.equalsIgnoreCase("false")) {
            return false;
        }
        if (partial.equalsIgnoreCase("true")) {
            return true;
        }
        throw ProblemException.invalid(PARTIAL, "must be true or false, was \"" + partial + "\"");
    }

    public BigDecimal tolerance() {
        return Tolerance.parse(tolerance);
    }
}
