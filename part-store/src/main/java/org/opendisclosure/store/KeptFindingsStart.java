package org.opendisclosure.store;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * At start, computes the findings of every current revision that has none kept under the present
 * rules: revisions stored before findings were kept, or kept under rules since changed. Until that
 * is done the service does not answer counts ({@link KeptFindings#current()}), so a department is
 * never counted as having no findings only because they were not computed yet. What there is to
 * compute is computed a batch per transaction, after start if there is any; a failure (the database
 * away) is tried again.
 */
@ApplicationScoped
public class KeptFindingsStart {

    private static final Logger LOG = Logger.getLogger(KeptFindingsStart.class);
    private static final int BATCH = 200;
    private static final long RETRY_MS = 5000;

    private final Instance<PartStore<?, ?, ?, ?>> stores;
    private final KeptFindings kept;

    public KeptFindingsStart(Instance<PartStore<?, ?, ?, ?>> stores, KeptFindings kept) {
        this.stores = stores;
        this.kept = kept;
    }

    void onStart(@Observes StartupEvent event) {
        try {
            if (stores.stream().allMatch(PartStore::allKept)) {
                kept.markCurrent();
                return;
            }
        } catch (RuntimeException e) {
            LOG.warnf("Findings of the stored revisions could not be computed at start, trying again: %s", e.getMessage());
        }
        // Left to a thread of its own, so that a large database does not delay readiness.
        Thread thread = new Thread(this::keepUntilCurrent, "kept-findings");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Keeps the findings of every current revision that has none under the present rules, then
     * says the kept findings are current.
     *
     * @return how many were computed
     */
    public int keepUnkept() {
        int computed = 0;
        for (PartStore<?, ?, ?, ?> store : stores) {
            List<PartKey> unkept = store.unkept();
            for (int from = 0; from < unkept.size(); from += BATCH) {
                store.keepCurrent(unkept.subList(from, Math.min(from + BATCH, unkept.size())));
            }
            computed += unkept.size();
        }
        kept.markCurrent();
        if (computed > 0) {
            LOG.infof("Findings computed and kept for %d stored revisions (rules %s)", computed, kept.rulesVersion().substring(0, 12));
        }
        return computed;
    }

    private void keepUntilCurrent() {
        while (!kept.current()) {
            try {
                keepUnkept();
            } catch (RuntimeException e) {
                LOG.warnf("Findings of the stored revisions could not be computed yet, trying again: %s", e.getMessage());
                try {
                    Thread.sleep(RETRY_MS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
