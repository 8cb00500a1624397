package org.opendisclosure.gateway.service;

import jakarta.ws.rs.core.EntityTag;

/** A composed disclosure, ready to send: its bytes, their strong ETag, and what it holds. */
public record ComposedDisclosure(byte[] json, EntityTag etag, boolean found, boolean complete) {
}
