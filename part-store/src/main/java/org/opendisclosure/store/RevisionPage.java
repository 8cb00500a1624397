package org.opendisclosure.store;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.common.revision.RevisionInfo;
import org.opendisclosure.common.web.PageSchema;

/** The shape of a page of revisions ({@code Page<RevisionInfo>}) for the OpenAPI document, see {@link PageSchema}. */
@Schema(name = "RevisionPage", description = "One page of revisions, newest first: items, page (from 1), size, totalItems, totalPages")
public final class RevisionPage extends PageSchema<RevisionInfo> {
}
