package org.opendisclosure.common.web;

import jakarta.ws.rs.core.EntityTag;

/**
 * RFC 9110 entity-tag comparison: weak comparison for {@code If-None-Match}, strong for
 * {@code If-Match}; both accept a list and {@code *}.
 */
public final class ConditionalRequests {

    private ConditionalRequests() {
    }

    public static boolean noneMatch(String header, EntityTag current) {
        if (header == null || header.isBlank()) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("\"" + current.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }

    public static boolean match(String header, EntityTag current) {
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals("\"" + current.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }
}
