package org.opendisclosure.documents.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.opendisclosure.common.id.SourceDigest;

/** Values as this service keeps them, so that what a write answers is what a read of it gives back. */
final class StoredValues {

    private StoredValues() {
    }

    /** Now, to the microsecond: what a PostgreSQL timestamp keeps. */
    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The SHA-256 of a request as JSON, its fields in declaration order: the same request hashes the same, so a
     * request sent again under its id is told from another by it.
     */
    static String hashOf(ObjectMapper objectMapper, Object request) {
        try {
            return SourceDigest.of(objectMapper.writeValueAsBytes(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the request could not be hashed", e);
        }
    }
}
