package org.cocreate.community;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Mainland mobile numbers (11 digits starting with 1) and landlines (7 to 12 digits, optional dash). */
public final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("(0\\d{2,3}-?)?\\d{7,8}");

    private PhoneNumbers() {
    }

    /** Strips spaces; returns null for an empty value. */
    public static @Nullable String normalise(@Nullable String phone) {
        if (phone == null) {
            return null;
        }
        String compact = phone.replaceAll("[\\s\\u3000]", "");
        return compact.isEmpty() ? null : compact;
    }

    public static boolean isValid(String phone) {
        return MOBILE.matcher(phone).matches() || LANDLINE.matcher(phone).matches();
    }

    /** 13812345678 → 138****5678: enough to recognise, not enough to call. */
    public static String mask(@Nullable String phone) {
        if (phone == null || phone.isEmpty()) {
            return "";
        }
        if (phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    public static @Nullable String tail(@Nullable String phone) {
        return phone == null || phone.length() < 4 ? null : phone.substring(phone.length() - 4);
    }
}
