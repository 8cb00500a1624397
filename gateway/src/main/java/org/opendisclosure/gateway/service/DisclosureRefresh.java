package org.opendisclosure.gateway.service;

import io.quarkus.cache.CompositeCacheKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.opendisclosure.gateway.config.GatewayConfig;

/**
 * Recomposes a disclosure that is read while it is past half its max-age, in the background, so
 * that under steady reading the cached copy is replaced before it expires and no reader waits for
 * a composition. Nothing older than gateway.cache.max-age is ever served: the cache still expires
 * each copy at its max-age, and an unread disclosure is simply composed on its next read, as before.
 */
@ApplicationScoped
public class DisclosureRefresh {

    private static final Logger LOG = Logger.getLogger(DisclosureRefresh.class);

    private final DisclosureComposer composer;
    private final DisclosureCache cache;
    private final ManagedExecutor executor;
    private final long refreshAfterNanos;
    private final Set<CompositeCacheKey> refreshing = ConcurrentHashMap.newKeySet();

    public DisclosureRefresh(DisclosureComposer composer, DisclosureCache cache, ManagedExecutor executor, GatewayConfig config) {
        this.composer = composer;
        this.cache = cache;
        this.executor = executor;
        this.refreshAfterNanos = config.cache().maxAge().toNanos() / 2;
    }

    /** Called on every read served from the cache; does nothing while the copy is young. Never waits. */
    public void readFromCache(String departmentId, int year, ComposedDisclosure served) {
        if (System.nanoTime() - served.composedAt() < refreshAfterNanos) {
            return;
        }
        CompositeCacheKey key = new CompositeCacheKey(departmentId, year);
        if (!refreshing.add(key)) {
            return;
        }
        long writesBefore = cache.writes();
        try {
            executor.runAsync(() -> {
                try {
                    cache.replace(departmentId, year, composer.composeFresh(departmentId, year), writesBefore);
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Could not refresh the disclosure of %s for %d; it will be composed when it expires", departmentId, year);
                } finally {
                    refreshing.remove(key);
                }
            });
        } catch (RuntimeException rejected) {
            refreshing.remove(key);
        }
    }
}
