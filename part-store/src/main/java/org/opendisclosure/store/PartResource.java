package org.opendisclosure.store;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.opendisclosure.common.consistency.ToleranceParam;
import org.opendisclosure.common.security.WriteAccess;
import org.opendisclosure.common.web.PageParams;
import org.opendisclosure.common.web.Representations;

/**
 * What every part's endpoints do, over its {@link PartStore}: write (ETag, If-Match, 201 with
 * Location or 200, X-Revision-Created), read the current revision or one of them, list the
 * revisions, and check the stored or a posted document. A service's resource declares the
 * endpoints with their documentation and its document type, and answers through these.
 */
public abstract class PartResource<D, V> {

    private final PartStore<D, V, ?, ?> store;
    // The writer, already authenticated by the write filter; injected here so no service's resource has to pass it.
    @Inject
    SecurityIdentity identity;
    protected final Representations representations;

    protected PartResource(PartStore<D, V, ?, ?> store, Representations representations) {
        this.store = store;
        this.representations = representations;
    }

    protected Response write(PartAddress address, D document, HttpHeaders headers, UriInfo uri) {
        Provenance provenance = Provenance.of(WriteAccess.subject(identity), headers);
        return representations.written(uri, store.put(address.key(), document,
                current -> representations.requireMatch(headers, () -> current), provenance));
    }

    protected Response read(PartAddress address, HttpHeaders headers) {
        return representations.ok(headers, store.current(address.key()));
    }

    protected Response readRevision(RevisionAddress address, HttpHeaders headers) {
        return representations.ok(headers, store.revision(address.key(), address.number()));
    }

    protected Response listRevisions(PartAddress address, PageParams page, HttpHeaders headers) {
        return representations.ok(headers, store.revisions(address.key(), page.request()));
    }

    protected Response storedFindings(PartAddress address, ToleranceParam tolerance, HttpHeaders headers) {
        return representations.ok(headers, store.findings(address.key(), tolerance.value()));
    }

    protected Response documentFindings(PartAddress address, ToleranceParam tolerance, D document) {
        return representations.computed(store.findings(address.key(), document, tolerance.value()));
    }
}
