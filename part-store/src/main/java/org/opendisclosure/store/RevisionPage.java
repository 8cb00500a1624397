package org.opendisclosure.store;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendisclosure.common.revision.RevisionInfo;

/**
 * The page {@link PartStore#revisions} answers, for the OpenAPI document of every part's
 * {@code …/revisions} (annotations cannot name {@code Page<RevisionInfo>}): field for field what
 * it serialises to.
 */
@Schema(name = "RevisionPage", description = "One page of the list: items, page (from 1), size, totalItems, totalPages")
public record RevisionPage(List<RevisionInfo> items, int page, int size, long totalItems, long totalPages) {
}
