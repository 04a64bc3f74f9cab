package org.cocreate.points;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface GrantPhotoRepository extends Repository<GrantPhoto, Long> {

    GrantPhoto save(GrantPhoto photo);

    Optional<GrantPhoto> findById(long grantId);
}
