package org.opendisclosure.assets.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.testing.EmbeddedPostgresResource;

/** The schema as Flyway leaves it in PostgreSQL, and figures as PostgreSQL itself holds them. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "assets"))
class NumericColumnsTest {

    @Inject
    EntityManager entityManager;

    @Inject
    AssetsRepository assets;

    @Test
    @SuppressWarnings("unchecked")
    void everyValueAndAreaColumnIsUnconstrainedNumeric() {
        List<Object[]> columns = entityManager.createNativeQuery("""
                select table_name, column_name, data_type, numeric_precision, numeric_scale
                from information_schema.columns
                where table_schema = 'public'
                  and table_name like 'assets%'
                  and data_type not in ('bigint', 'integer', 'smallint', 'text', 'character varying',
                                        'timestamp with time zone', 'date', 'boolean')
                """).getResultList();
        assertThat(columns).extracting(c -> c[1]).contains("total_fixed_assets", "building_area", "office_value",
                "vehicle_value", "high_value_equipment_value", "other_fixed_assets", "amount");
        for (Object[] column : columns) {
            assertThat(column[2]).as("%s.%s", column[0], column[1]).isEqualTo("numeric");
            // No precision or scale: PostgreSQL keeps whatever scale the published figure has.
            assertThat(column[3]).as("%s.%s precision", column[0], column[1]).isNull();
            assertThat(column[4]).as("%s.%s scale", column[0], column[1]).isNull();
        }
    }

    @Test
    @Transactional
    void storedFiguresKeepTheDigitsTheyWereGivenAndNullStaysNull() {
        AssetsEntity head = new AssetsEntity();
        head.divisionCode = "139901";
        head.departmentCode = "1";
        head.fiscalYear = 2040;
        head.currentRevision = 1;
        assets.persist(head);

        AssetsRevisionEntity revision = new AssetsRevisionEntity();
        revision.head = head;
        revision.revision = 1;
        revision.revisedAt = OffsetDateTime.now();
        revision.contentHash = "test";
        revision.asOf = LocalDate.of(2039, 12, 31);
        revision.totalFixedAssets = new BigDecimal("82.22");
        revision.buildingArea = new BigDecimal("0.00");
        revision.buildingValue = new BigDecimal("10");
        revision.officeArea = new BigDecimal("1234.500");
        revision.vehicleValue = new BigDecimal("0.000001");
        revision.plannedPurchasesNone = true;
        AssetsRevisionEntity.PlannedPurchase item = new AssetsRevisionEntity.PlannedPurchase();
        item.name = "办公电脑";
        item.amount = new BigDecimal("3.50");
        revision.plannedPurchases.add(item);
        entityManager.persist(revision);
        entityManager.flush();

        Object[] text = (Object[]) entityManager.createNativeQuery("""
                select total_fixed_assets::text, building_area::text, building_value::text, office_area::text,
                       vehicle_value::text, coalesce(other_fixed_assets::text, 'NULL'), as_of::text,
                       (select amount::text from assets_planned_purchase where revision_id = r.id and position = 0)
                from assets_revision r where id = ?1""").setParameter(1, revision.id).getSingleResult();
        assertThat(text).containsExactly("82.22", "0.00", "10", "1234.500", "0.000001", "NULL", "2039-12-31", "3.50");
    }
}
