package org.opendisclosure.common.members;

/**
 * A dimension a service lists the values of at {@code /api/v1/members/{key}}: each service has an
 * enum of its own implementing this, and the gateway one of them all.
 */
public interface Dimension {

    /** Its path segment, e.g. divisions, catalogue-codes. */
    String key();
}
