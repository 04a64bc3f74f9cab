package org.cocreate.meeting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Personal ballot links: 256 random bits, written in the link as 43 characters of base64url; the database
 * keeps only their SHA-256, so that a copy of it opens no ballot.
 */
final class BallotTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String FORM = "[A-Za-z0-9_-]{43}";

    private BallotTokens() {
    }

    static String newToken() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** Whether the text could be a token at all (anything else is not looked up). */
    static boolean wellFormed(String token) {
        return token.matches(FORM);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java", missing);
        }
    }
}
