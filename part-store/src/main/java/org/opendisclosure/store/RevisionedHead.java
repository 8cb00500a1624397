package org.opendisclosure.store;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The one mutable row of a revisioned resource: which revision is current. Writers lock it, so
 * writes to one resource take turns; its revisions are 1 to {@code currentRevision}.
 */
@MappedSuperclass
public abstract class RevisionedHead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "current_revision", nullable = false)
    public int currentRevision;
}
