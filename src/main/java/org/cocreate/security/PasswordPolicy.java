package org.cocreate.security;

/** The rule every new password must meet: 8 to 64 characters, a letter and a digit, not the user name. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    static void check(String username, String password, String field) {
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new UserRefusedException(field, "password.length", MIN_LENGTH, MAX_LENGTH);
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw new UserRefusedException(field, "password.letterAndDigit");
        }
        if (password.equalsIgnoreCase(username)) {
            throw new UserRefusedException(field, "password.notUsername");
        }
    }
}
