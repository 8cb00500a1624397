package org.opendisclosure.performance.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How a parsed target compares: GE ≥, GT >, LE ≤, LT <, EQ a bare number (or =)")
public enum Comparison {
    GE, GT, LE, LT, EQ
}
