package org.opendisclosure.common.consistency;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rules a service (or the whole suite, at the gateway) checks. */
@Schema(name = "RuleCatalogue")
public record RuleCatalogue(@Schema(required = true) List<Rule> rules) {

    public RuleCatalogue {
        rules = List.copyOf(rules);
    }
}
