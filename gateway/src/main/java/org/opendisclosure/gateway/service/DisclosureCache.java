package org.opendisclosure.gateway.service;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.cache.CompositeCacheKey;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Forgets composed disclosures after a write, without blocking (writes pass through on the
 * event loop). Keys are those of {@link DisclosureComposer#compose}: department id and year.
 * Also the non-blocking side of the cache: what is composed already, for the event loop to
 * serve, and a refreshed copy put in place unless a write came in meanwhile.
 */
@ApplicationScoped
public class DisclosureCache {

    private final Cache cache;
    /** Counts the forgets, so that a refresh that raced with a write can tell. */
    private final AtomicLong writes = new AtomicLong();

    public DisclosureCache(@CacheName(DisclosureComposer.CACHE) Cache cache) {
        this.cache = cache;
    }

    public Uni<Void> forget(String departmentId, int year) {
        writes.incrementAndGet();
        return cache.invalidate(new CompositeCacheKey(departmentId, year));
    }

    /** A department written without a year (part 一) shows in every year's disclosure. */
    public Uni<Void> forgetAll() {
        writes.incrementAndGet();
        return cache.invalidateAll();
    }

    /** The disclosure held for this key if its composition has finished normally; null otherwise. Never waits. */
    public ComposedDisclosure ifComposed(String departmentId, int year) {
        CompletableFuture<Object> held = cache.as(CaffeineCache.class).getIfPresent(new CompositeCacheKey(departmentId, year));
        if (held == null || !held.isDone() || held.isCompletedExceptionally()) {
            return null;
        }
        return held.getNow(null) instanceof ComposedDisclosure disclosure ? disclosure : null;
    }

    long writes() {
        return writes.get();
    }

    /**
     * Puts a freshly composed disclosure in place (its max-age starting now), and takes it out again
     * if a write was forgotten since {@code writesBefore}: the services may have been read before it.
     * A forget after the check below comes after the put, so it removes the copy itself.
     */
    void replace(String departmentId, int year, ComposedDisclosure fresh, long writesBefore) {
        CompositeCacheKey key = new CompositeCacheKey(departmentId, year);
        cache.as(CaffeineCache.class).put(key, CompletableFuture.completedFuture(fresh));
        if (writes.get() != writesBefore) {
            cache.invalidate(key).await().indefinitely();
        }
    }
}
