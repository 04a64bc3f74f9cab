package org.cocreate.community;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubdistrictRepository extends JpaRepository<Subdistrict, Long> {

    Optional<Subdistrict> findByName(String name);
}
