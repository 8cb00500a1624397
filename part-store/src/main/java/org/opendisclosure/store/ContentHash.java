package org.opendisclosure.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a document as written (its JSON, fields in declaration order), so that writing the
 * same document again is recognised and creates no new revision.
 */
@ApplicationScoped
public class ContentHash {

    private final ObjectMapper objectMapper;

    public ContentHash(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public String of(Object document) {
        try {
            byte[] json = objectMapper.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("document could not be hashed", e);
        }
    }
}
