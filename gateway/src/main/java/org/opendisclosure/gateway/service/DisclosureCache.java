package org.opendisclosure.gateway.service;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CompositeCacheKey;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Forgets composed disclosures after a write, without blocking (writes pass through on the
 * event loop). Keys are those of {@link DisclosureComposer#compose}: department id and year.
 */
@ApplicationScoped
public class DisclosureCache {

    private final Cache cache;

    public DisclosureCache(@CacheName(DisclosureComposer.CACHE) Cache cache) {
        this.cache = cache;
    }

    public Uni<Void> forget(String departmentId, int year) {
        return cache.invalidate(new CompositeCacheKey(departmentId, year));
    }

    /** A department written without a year (part 一) shows in every year's disclosure. */
    public Uni<Void> forgetAll() {
        return cache.invalidateAll();
    }
}
