package org.cocreate.community;

import java.util.Set;
import org.cocreate.security.Role;
import org.cocreate.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first start of a production installation: into an empty database it puts the sub-district and its
 * admin, so that somebody can sign in and create the communities and users. Later starts do nothing, and
 * the two settings may then be removed from the environment.
 *
 * <ul>
 * <li>{@code COCREATE_SUBDISTRICT} (the sub-district's name) is required: a made-up default such as
 * "街道" would show on every screen and in every export until somebody noticed.</li>
 * <li>{@code COCREATE_ADMIN_PASSWORD} is required, 12 to 64 characters: this account can do everything,
 * and there is no other way in.</li>
 * <li>The admin, user name {@code admin}, must change that password at the first sign-in. The operator
 * chose it, but it sits in the server's environment (service files, container settings, shell history)
 * where others can read it; after the change only the admin knows the password.</li>
 * </ul>
 * Start-up fails with a message naming the variable when one is missing or too short, rather than running
 * a production server nobody can sign in to, or one with a weak master password.
 */
@Component
@Profile("prod")
@Order(0)
class ProductionSetup implements ApplicationRunner {

    static final String ADMIN_USERNAME = "admin";
    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 64;
    private static final Logger log = LoggerFactory.getLogger(ProductionSetup.class);

    private final CommunitySetup setup;
    private final UserService users;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final String subdistrict;
    private final String adminPassword;

    ProductionSetup(CommunitySetup setup, UserService users, TransactionTemplate transaction, Environment environment,
            @Value("${cocreate.setup.subdistrict:}") String subdistrict,
            @Value("${cocreate.setup.admin-password:}") String adminPassword) {
        this.setup = setup;
        this.users = users;
        this.transaction = transaction;
        this.environment = environment;
        this.subdistrict = subdistrict.strip();
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            throw new IllegalStateException("The profiles \"prod\" and \"demo\" must not be combined: production "
                    + "never loads demo data (its demo users share one known password).");
        }
        if (users.anyUserExists()) {
            return;
        }
        if (subdistrict.isEmpty() || subdistrict.length() > 100) {
            throw new IllegalStateException("First start of a production installation: set the environment "
                    + "variable COCREATE_SUBDISTRICT to the name of the sub-district (1 to 100 characters, e.g. "
                    + "东城街道).");
        }
        if (adminPassword.length() < MIN_PASSWORD_LENGTH || adminPassword.length() > MAX_PASSWORD_LENGTH) {
            throw new IllegalStateException("First start of a production installation: set the environment "
                    + "variable COCREATE_ADMIN_PASSWORD to the first password of the user \"admin\" ("
                    + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH + " characters; it must be changed at "
                    + "the first sign-in).");
        }
        transaction.executeWithoutResult(status -> {
            long subdistrictId = setup.subdistrict(subdistrict);
            // A display name (data, not a screen text), in the language of the people who use the product.
            users.createInitialUser(ADMIN_USERNAME, "街道管理员", adminPassword, Set.of(Role.ADMIN), Set.of(),
                    subdistrictId, true);
        });
        log.info("First start: created the sub-district {} and its admin \"{}\"; sign in and change the password, "
                + "then COCREATE_ADMIN_PASSWORD can be removed from the environment.", subdistrict, ADMIN_USERNAME);
    }
}
