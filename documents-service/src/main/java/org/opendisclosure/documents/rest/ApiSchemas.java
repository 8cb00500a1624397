package org.opendisclosure.documents.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.common.web.PageSchema;
import org.opendisclosure.documents.model.ImportJob;
import org.opendisclosure.documents.model.ImportJobDocument;
import org.opendisclosure.documents.model.ImportRecord;

/** The pages of this service's lists, for the OpenAPI document (see {@link PageSchema}). */
final class ApiSchemas {

    private ApiSchemas() {
    }

    @Schema(name = "ImportRecordPage", description = PageSchema.DESCRIPTION)
    static final class ImportRecordPage extends PageSchema<ImportRecord> {
    }

    @Schema(name = "ImportJobPage", description = PageSchema.DESCRIPTION)
    static final class ImportJobPage extends PageSchema<ImportJob> {
    }

    @Schema(name = "ImportJobDocumentPage", description = PageSchema.DESCRIPTION)
    static final class ImportJobDocumentPage extends PageSchema<ImportJobDocument> {
    }
}
