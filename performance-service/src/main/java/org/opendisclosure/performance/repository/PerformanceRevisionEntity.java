package org.opendisclosure.performance.repository;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One immutable revision of a department-year's performance part. */
@Entity
@Table(name = "performance_revision")
public class PerformanceRevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "performance_id")
    public PerformanceEntity performance;

    @Column(nullable = false)
    public int revision;

    @Column(name = "revised_at", nullable = false)
    public OffsetDateTime revisedAt;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

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
