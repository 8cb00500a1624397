package org.opendisclosure.procurement.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "suite.ocds")
public interface OcdsSettings {

    /**
     * The ocid prefix. The default is a placeholder for tests and local runs; a publisher must
     * replace it with the prefix the Open Contracting Partnership registered for it.
     */
    @WithDefault("ocds-test-budget")
    String ocidPrefix();

    /** The package's publisher name. */
    @WithDefault("部门预算信息公开 (departmental budget disclosure suite)")
    String publisherName();
}
