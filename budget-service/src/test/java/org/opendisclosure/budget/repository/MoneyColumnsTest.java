package org.opendisclosure.budget.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;

/** The schema as Flyway leaves it in PostgreSQL, and amounts as PostgreSQL itself holds them. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class MoneyColumnsTest {

    @Inject
    EntityManager entityManager;

    @Inject
    BudgetRepository budgets;

    @Inject
    DepartmentRepository departments;

    @Test
    @SuppressWarnings("unchecked")
    void everyAmountColumnIsUnconstrainedNumeric() {
        List<Object[]> columns = entityManager.createNativeQuery("""
                select table_name, column_name, data_type, numeric_precision, numeric_scale
                from information_schema.columns
                where table_schema = 'public'
                  and table_name like 'budget%'
                  and data_type not in ('bigint', 'integer', 'smallint', 'text', 'character varying', 'timestamp with time zone')
                """).getResultList();
        assertThat(columns).isNotEmpty();
        for (Object[] column : columns) {
            assertThat(column[2]).as("%s.%s", column[0], column[1]).isEqualTo("numeric");
            // No precision or scale: PostgreSQL keeps whatever scale the published figure has.
            assertThat(column[3]).as("%s.%s precision", column[0], column[1]).isNull();
            assertThat(column[4]).as("%s.%s scale", column[0], column[1]).isNull();
        }
    }

    @Test
    @Transactional
    void storedAmountsKeepTheDigitsTheyWereGiven() {
        DepartmentEntity department = new DepartmentEntity();
        department.divisionCode = "139901";
        department.code = "1";
        department.name = "数字局";
        departments.persist(department);
        BudgetEntity budget = new BudgetEntity();
        budget.department = department;
        budget.fiscalYear = 2040;
        budget.currentRevision = 1;
        budgets.persist(budget);

        BudgetRevisionEntity revision = new BudgetRevisionEntity();
        revision.head = budget;
        revision.revision = 1;
        revision.revisedAt = OffsetDateTime.now();
        revision.contentHash = "test";
        revision.revenueTotal = new BigDecimal("8529.41");
        revision.expenditureTotal = new BigDecimal("8529.410");
        revision.expenditureBasic = new BigDecimal("0.05");
        revision.expenditureProject = new BigDecimal("10");
        revision.operatingTotal = new BigDecimal("50.640000");
        revision.threePublicPrevious = new BigDecimal("4.75");
        revision.threePublicCurrent = new BigDecimal("0.000001");
        revision.otherNotes = "";
        entityManager.persist(revision);
        entityManager.flush();

        Object[] text = (Object[]) entityManager.createNativeQuery("""
                select revenue_total::text, expenditure_total::text, expenditure_basic::text, expenditure_project::text,
                       operating_total::text, three_public_current::text
                from budget_revision where id = ?1""").setParameter(1, revision.id).getSingleResult();
        assertThat(text).containsExactly("8529.41", "8529.410", "0.05", "10", "50.640000", "0.000001");
    }
}
