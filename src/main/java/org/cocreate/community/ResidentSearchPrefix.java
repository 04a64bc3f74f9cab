package org.cocreate.community;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/**
 * A row of the search index, mapped only so that the repository's queries can look in it; it is written by
 * {@link ResidentSearchIndex}, never through JPA.
 */
@Entity
@Immutable
@Table(name = "resident_search_prefix")
class ResidentSearchPrefix {

    @EmbeddedId
    private Key key;

    protected ResidentSearchPrefix() {
        this.key = new Key(0, "", 0, "", 0);
    }

    @Embeddable
    record Key(long communityId, String prefix, int nameLength, String name, long residentId)
            implements Serializable {
    }
}
