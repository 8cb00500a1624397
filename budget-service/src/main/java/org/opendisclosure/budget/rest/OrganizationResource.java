package org.opendisclosure.budget.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.budget.model.DepartmentDocument;
import org.opendisclosure.budget.model.OrganizationView;
import org.opendisclosure.budget.service.OrganizationService;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.store.PartEndpoints;
import org.opendisclosure.store.PartResource;

@Path("/api/v1/departments/{departmentId}/organization")
@Tag(name = "Departments")
@PartEndpoints(title = "duties and units (part 一)", document = "a department document",
        write = "部门职责及机构设置 as that year's disclosure publishes it; other years keep theirs. The first write for a department "
                + "creates it; a write for its latest year (or a later one) gives it that year's name and division name.",
        read = "Only that year's part 一: a year without one is a 404, whatever other years hold.",
        findings = "Part 一 has no consistency rules: the list is always empty.")
public class OrganizationResource extends PartResource<DepartmentDocument, OrganizationView, OrganizationService> {

    public OrganizationResource(OrganizationService service, Representations representations) {
        super(service, representations);
    }
}
