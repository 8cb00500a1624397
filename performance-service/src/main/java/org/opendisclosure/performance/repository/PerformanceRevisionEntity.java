package org.opendisclosure.performance.repository;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.opendisclosure.store.PartRevision;

/** One immutable revision of a department-year's performance part. */
@Entity
@Table(name = "performance_revision")
@AssociationOverride(name = "head", joinColumns = @JoinColumn(name = "performance_id"))
public class PerformanceRevisionEntity extends PartRevision<PerformanceEntity> {

    @ElementCollection
    @CollectionTable(name = "performance_department_goal", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    public List<DepartmentGoal> departmentGoals = new ArrayList<>();

    @OneToMany(mappedBy = "revision", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<ProjectEntity> projects = new ArrayList<>();

    public enum Section {
        OVERALL, ITEMIZED, SAFEGUARD
    }

    @Embeddable
    public static class DepartmentGoal {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public Section section;
        @Column(nullable = false)
        public String text;
    }
}
