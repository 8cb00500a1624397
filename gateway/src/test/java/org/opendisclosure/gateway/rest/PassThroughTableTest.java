package org.opendisclosure.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendisclosure.gateway.parts.Downstream;

/** Every path the services answer goes to its owner; anything else to none. */
class PassThroughTableTest {

    private final PassThroughTable table = PassThroughTable.fromParts();

    @Test
    void eachPartsPathsGoToTheServiceThatOwnsThePart() {
        assertThat(table.route("/api/v1/departments")).contains(Downstream.BUDGET);
        assertThat(table.route("/api/v1/departments/130624-203")).contains(Downstream.BUDGET);
        assertThat(table.route("/api/v1/departments/130624-203/organization/2020/revisions/1")).contains(Downstream.BUDGET);
        assertThat(table.route("/api/v1/departments/130624-203/budgets/2020")).contains(Downstream.BUDGET);
        assertThat(table.route("/api/v1/departments/130624-203/performance/2020/projects/203-0401-YXN-X52V"))
                .contains(Downstream.PERFORMANCE);
        assertThat(table.route("/api/v1/departments/130624-203/procurement/2020/ocds")).contains(Downstream.PROCUREMENT);
        assertThat(table.route("/api/v1/departments/130624-203/assets/2020")).contains(Downstream.ASSETS);
        assertThat(table.route("/api/v1/fiscal-years/2020/budgets")).contains(Downstream.BUDGET);
        assertThat(table.route("/api/v1/fiscal-years/2020/projects")).contains(Downstream.PERFORMANCE);
        assertThat(table.route("/api/v1/fiscal-years/2020/procurement-totals")).contains(Downstream.PROCUREMENT);
        assertThat(table.route("/api/v1/fiscal-years/2020/assets")).contains(Downstream.ASSETS);
        assertThat(table.route("/api/v1/fiscal-years/2020/budgets-areas")).contains(Downstream.BUDGET);
        assertThat(table.route("/api/v1/fiscal-years/2020/performance-areas")).contains(Downstream.PERFORMANCE);
        assertThat(table.route("/api/v1/procurement-areas")).contains(Downstream.PROCUREMENT);
        assertThat(table.route("/api/v1/assets-areas")).contains(Downstream.ASSETS);
    }

    @Test
    void theKeptDocumentsAndTheBulkImportsGoToDocumentsService() {
        assertThat(table.route("/api/v1/sources/" + "a".repeat(64))).contains(Downstream.DOCUMENTS);
        assertThat(table.route("/api/v1/import-jobs")).contains(Downstream.DOCUMENTS);
        assertThat(table.route("/api/v1/import-jobs/5d0c7e52-8a3b-4f61-9c2e-1b7a4d9e6f03/documents")).contains(Downstream.DOCUMENTS);
        assertThat(table.route("/api/v1/disclosures/130624-203/2020/source")).contains(Downstream.DOCUMENTS);
    }

    @Test
    void theDrillDownsAndTheDimensionsGoToTheServiceOfTheirPart() {
        assertThat(table.route("/api/v1/fiscal-years/2020/three-public")).contains(Downstream.BUDGET);
        assertThat(table.route("/api/v1/fiscal-years/2020/operating-items")).contains(Downstream.BUDGET);
        assertThat(table.route("/api/v1/fiscal-years/2020/indicator-categories")).contains(Downstream.PERFORMANCE);
        assertThat(table.route("/api/v1/members/divisions")).contains(Downstream.BUDGET);
        assertThat(table.route("/api/v1/members/unit-natures")).contains(Downstream.BUDGET);
        assertThat(table.route("/api/v1/members/economic-classes")).contains(Downstream.BUDGET);
        assertThat(table.route("/api/v1/members/indicator-categories")).contains(Downstream.PERFORMANCE);
        assertThat(table.route("/api/v1/members/catalogue-codes")).contains(Downstream.PROCUREMENT);
        assertThat(table.route("/api/v1/members/colours")).isEmpty();
        assertThat(table.route("/api/v1/members")).isEmpty();
    }

    @Test
    void pathsNoServiceHasGoNowhere() {
        assertThat(table.route("/api/v1/departments/130624-203/revisions")).isEqualTo(Optional.empty());
        assertThat(table.route("/api/v1/fiscal-years/2020/nothing")).isEmpty();
        assertThat(table.route("/api/v1/fiscal-years/2020/assets/extra")).isEmpty();
        assertThat(table.route("/api/v1/no-such-thing")).isEmpty();
        assertThat(table.route("/api/v1/nothing-areas")).isEmpty();
        assertThat(table.route("/api/v1/areas")).isEmpty();
    }
}
