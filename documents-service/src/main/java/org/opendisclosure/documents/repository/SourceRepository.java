package org.opendisclosure.documents.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<SourceEntity, String> {

    /**
     * Keeps the bytes unless a source of the same SHA-256 is kept already; two imports of the same
     * document at once keep it once, neither failing.
     *
     * @return whether this call kept it
     */
    public boolean keep(String sha256, String mediaType, byte[] content, OffsetDateTime receivedAt) {
        int inserted = getEntityManager().createNativeQuery("insert into source (sha256, media_type, size, content, first_received_at) "
                        + "values (:sha256, :mediaType, :size, :content, :receivedAt) on conflict (sha256) do nothing")
                .setParameter("sha256", sha256)
                .setParameter("mediaType", mediaType)
                .setParameter("size", (long) content.length)
                .setParameter("content", content)
                .setParameter("receivedAt", receivedAt)
                .executeUpdate();
        return inserted == 1;
    }

    /** Which of the hashes name a kept source, in one query that reads no document's bytes. */
    public Set<String> kept(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery("select s.sha256 from SourceEntity s where s.sha256 in :hashes",
                String.class).setParameter("hashes", sha256s).getResultList());
    }
}
