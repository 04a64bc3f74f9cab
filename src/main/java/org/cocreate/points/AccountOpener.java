package org.cocreate.points;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a resident's account in a transaction of its own, so that when two first grants race, the loser's
 * unique-constraint failure does not spoil its business transaction: it reads the winner's account.
 */
@Component
class AccountOpener {

    private final PointAccountRepository accounts;

    AccountOpener(PointAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void open(long residentId, long communityId) {
        if (accounts.findByResidentId(residentId).isEmpty()) {
            accounts.save(new PointAccount(residentId, communityId));
        }
    }
}
