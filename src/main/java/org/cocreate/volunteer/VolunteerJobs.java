package org.cocreate.volunteer;

import org.cocreate.base.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled work of the rosters: each night, the recurring activities' occurrences of the weeks ahead, so
 * that residents can always be signed up for the coming weeks. Once per sub-district (the cluster's lock).
 */
@Component
class VolunteerJobs {

    private static final Logger log = LoggerFactory.getLogger(VolunteerJobs.class);
    private static final String OCCURRENCES = "volunteer occurrences";

    private final RecurrenceService recurrence;
    private final ClusterLock lock;

    VolunteerJobs(RecurrenceService recurrence, ClusterLock lock) {
        this.recurrence = recurrence;
        this.lock = lock;
    }

    @Scheduled(cron = "${cocreate.volunteer.occurrences-cron:0 10 3 * * *}")
    void extendOccurrences() {
        lock.runAlone(OCCURRENCES, recurrence::extendAll).filter(made -> made > 0)
                .ifPresent(made -> log.info("Created {} occurrences of recurring volunteer activities", made));
    }
}
