package org.opendisclosure.assets.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendisclosure.assets.model.AssetsDocument;
import org.opendisclosure.assets.model.AssetsView;
import org.opendisclosure.assets.service.AssetsService;
import org.opendisclosure.common.web.Representations;
import org.opendisclosure.store.PartEndpoints;
import org.opendisclosure.store.PartResource;

@Path("/api/v1/departments/{departmentId}/assets")
@Tag(name = "Assets", description = "A department's state-owned assets per fiscal year (part 七, 国有资产), with revisions "
        + "and consistency findings")
@PartEndpoints(title = "assets", document = "an assets document",
        write = "The fixed assets table (固定资产占用情况表) as of its date and the planned purchases (拟购计划), stored exactly as "
                + "given, even when the figures do not add up. Departments are kept by budget-service; any well-formed department "
                + "id is accepted here.")
public class AssetsResource extends PartResource<AssetsDocument, AssetsView, AssetsService> {

    public AssetsResource(AssetsService service, Representations representations) {
        super(service, representations);
    }
}
