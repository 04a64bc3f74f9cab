package org.cocreate.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The four-eyes rule: a step that needs a second person is refused when the signed-in account is not
 * independent of the account that recorded what the step decides on. Today's steps: approving a grant
 * (deductions included) and dismissing an objection to a grant; voiding a redemption and closing a vote of
 * a meeting are to follow.
 *
 * <p>Two accounts are not independent when they are one account, or when one of them could have chosen
 * the other's password: whoever creates an account, or resets its password, hands out a temporary password
 * and may sign in with it first and choose the "owner's" password. So the step is refused when
 * <ol>
 * <li>the acting account recorded it ({@code fourEyes.sameAccount});</li>
 * <li>the acting account was created, or its password last reset, by the recording account
 *     ({@code fourEyes.createdByRecorder}): one admin creates a second admin account, signs in as it and
 *     approves their own grant;</li>
 * <li>the recording account was created, or its password last reset, by the acting account
 *     ({@code fourEyes.recorderCreatedByYou}): one admin creates a worker account, records a grant as that
 *     worker and approves it as themself. A sub-district admin is exempt from this one: they create the
 *     community admins (only they may create admin accounts, see UserService) and could as well create two
 *     accounts that look independent, so refusing them would protect nothing and would leave the grants of a
 *     community's only admin with nobody to approve them.</li>
 * </ol>
 * Accounts of the demo data and of the production set-up have no creator. An account whose creator or
 * resetter is unknown (the names are of accounts that no longer exist) counts as independent.
 *
 * <p>How a feature uses it: inside the step's transaction, with the user name the step's record names as its
 * author, call {@link #requireIndependentOf(String)}, e.g.
 * {@code fourEyes.requireIndependentOf(grant.getCreatedBy())}. It throws a {@link FourEyesRefusedException}
 * (a translated refusal that concerns the whole step) and changes nothing. A screen asks
 * {@link #independentOf(String)} to offer the step only to those who may take it.
 */
@Service
public class FourEyes {

    private final AppUserRepository users;
    private final CurrentUser currentUser;

    FourEyes(AppUserRepository users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    /** Refuses the step unless the signed-in account is independent of {@code creator} (see the class). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public void requireIndependentOf(@Nullable String creator) {
        String refusal = refusal(currentUser.require().username(), creator);
        if (refusal != null) {
            throw new FourEyesRefusedException(refusal);
        }
    }

    /** Whether the signed-in account may take a four-eyes step on what {@code creator} recorded. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean independentOf(@Nullable String creator) {
        return refusal(currentUser.require().username(), creator) == null;
    }

    /** The translation key of why {@code approver} may not decide on what {@code creator} recorded, or null. */
    private @Nullable String refusal(String approver, @Nullable String creator) {
        if (creator == null || creator.isBlank()) {
            // Recorded by nobody in particular (a job): there is no author to be independent of.
            return null;
        }
        if (approver.equalsIgnoreCase(creator)) {
            return "fourEyes.sameAccount";
        }
        Optional<AppUser> approverAccount = users.findByUsername(approver);
        if (approverAccount.filter(a -> by(creator, a)).isPresent()) {
            return "fourEyes.createdByRecorder";
        }
        boolean subdistrictAdmin = approverAccount.map(AppUser::isSubdistrictAdmin).orElse(false);
        if (!subdistrictAdmin && users.findByUsername(creator).filter(c -> by(approver, c)).isPresent()) {
            return "fourEyes.recorderCreatedByYou";
        }
        return null;
    }

    /** Whether {@code admin} created the account or last reset its password. */
    private static boolean by(String admin, AppUser account) {
        return admin.equalsIgnoreCase(account.getCreatedBy()) || admin.equalsIgnoreCase(account.getPasswordResetBy());
    }
}
