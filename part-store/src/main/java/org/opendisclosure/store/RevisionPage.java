package org.opendisclosure.store;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.common.revision.RevisionInfo;

/**
 * The shape of a page of revisions for the OpenAPI document (annotations cannot name a
 * parameterised type): field for field what {@code Page<RevisionInfo>} serialises to.
 */
@Schema(name = "RevisionPage", description = "One page of revisions, newest first: items, page (from 1), size, totalItems, totalPages")
public record RevisionPage(List<RevisionInfo> items, int page, int size, long totalItems, long totalPages) {
}
