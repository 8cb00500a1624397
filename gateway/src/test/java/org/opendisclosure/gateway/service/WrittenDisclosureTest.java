package org.opendisclosure.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendisclosure.gateway.parts.Downstream;
import org.opendisclosure.gateway.parts.Part;
import org.opendisclosure.gateway.parts.Part.Document;

/**
 * After a whole write, its findings across parts are computed from the disclosure written only
 * while every service still holds the revisions that write stored; anything else is read back.
 */
class WrittenDisclosureTest {

    /** Every document at revision {@code revision}, budget-service's part 一 at {@code organization}. */
    private static CrossPartFindingsKept.WrittenDisclosure written(int organization, int revision) {
        Map<Document, Integer> revisions = new EnumMap<>(Document.class);
        for (Document document : Document.values()) {
            revisions.put(document, document == Part.ORGANIZATION.document() ? organization : revision);
        }
        return new CrossPartFindingsKept.WrittenDisclosure(JsonNodeFactory.instance.objectNode(), revisions);
    }

    /** What each service's counts say it keeps: budget-service both its parts, the others their one part. */
    private static Map<Downstream, String> kept(String budgetService, String others) {
        Map<Downstream, String> kept = new EnumMap<>(Downstream.class);
        for (Downstream downstream : Downstream.withParts()) {
            kept.put(downstream, downstream == Part.ORGANIZATION.downstream() ? budgetService : others);
        }
        return kept;
    }

    @Test
    void theRevisionsTheWriteStoredAreStillStoredWhateverOrderTheServiceNamesThemIn() {
        assertThat(written(1, 3).isStillStored(kept("budget:3 organization:1", "x:3"))).isTrue();
        assertThat(written(3, 1).isStillStored(kept("budget:1 organization:3", "x:1"))).isTrue();
    }

    @Test
    void aWriteThatCameBetweenOrAPartMissingMeansTheDisclosureIsReadBack() {
        assertThat(written(1, 3).isStillStored(kept("budget:4 organization:1", "x:3"))).isFalse();
        assertThat(written(1, 3).isStillStored(kept("budget:3 organization:1", "x:4"))).isFalse();
        assertThat(written(1, 3).isStillStored(kept("budget:3", "x:3"))).isFalse();
        assertThat(written(1, 3).isStillStored(kept("budget:3 organization:1 other:1", "x:3"))).isFalse();
        assertThat(written(1, 3).isStillStored(kept("budget:3 organization:one", "x:3"))).isFalse();
        assertThat(written(1, 3).isStillStored(new EnumMap<>(Downstream.class))).isFalse();
    }

    @Test
    void aWriteWithoutTheRevisionOfEveryDocumentIsNeverTakenAsStored() {
        Map<Document, Integer> some = new EnumMap<>(Document.class);
        some.put(Document.values()[0], 1);
        assertThat(new CrossPartFindingsKept.WrittenDisclosure(JsonNodeFactory.instance.objectNode(), some)
                .isStillStored(kept("budget:1 organization:1", "x:1"))).isFalse();
    }
}
