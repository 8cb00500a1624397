package org.opendisclosure.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

public final class Revisions {

    private Revisions() {
    }

    /**
     * Now, at the precision PostgreSQL keeps and in UTC, so a representation built before the
     * write is stored is byte-for-byte the one read back later (and so is its ETag).
     */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    public static OffsetDateTime utc(OffsetDateTime stored) {
        return stored == null ? null : stored.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
