package org.opendisclosure.store;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * One immutable revision of a part, tied to its head row. Each part names the join column of its
 * own table with {@code @AssociationOverride(name = "head", joinColumns = @JoinColumn(name = "..."))}.
 */
@MappedSuperclass
public abstract class PartRevision<H extends RevisionedHead> extends RevisionRow {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "head_id")
    public H head;
}
