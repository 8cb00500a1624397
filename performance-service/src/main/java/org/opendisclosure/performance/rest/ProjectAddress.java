package org.opendisclosure.performance.rest;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendisclosure.common.problem.ProblemException;
import org.opendisclosure.store.PartAddress;

/** The path of one project table of a part: {@code …/performance/{year}/projects/{projectCode}}. */
public class ProjectAddress extends PartAddress {

    private static final String PROJECT_CODE = "[0-9A-Za-z][0-9A-Za-z.-]{0,63}";

    @PathParam("projectCode")
    @Parameter(description = "项目编码, e.g. 203-0401-YXN-X52V")
    String projectCode;

    public String code() {
        if (projectCode == null || !projectCode.matches(PROJECT_CODE)) {
            throw ProblemException.invalid("projectCode", "must be a project code of letters, digits, '-' and '.', "
                    + "e.g. 203-0401-YXN-X52V, was \"" + projectCode + "\"");
        }
        return projectCode;
    }
}
