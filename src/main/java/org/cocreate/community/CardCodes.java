package org.cocreate.community;

import java.security.SecureRandom;

/**
 * Card codes are random and carry no personal data, so a lost card tells its finder nothing. Letters
 * that look alike (0/O, 1/I/L) are left out, since codes are sometimes typed by hand.
 */
final class CardCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CardCodes() {
    }

    static String next() {
        var code = new StringBuilder("CC");
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
