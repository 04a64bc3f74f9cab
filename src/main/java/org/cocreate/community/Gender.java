package org.cocreate.community;

public enum Gender {
    MALE,
    FEMALE;

    public String translationKey() {
        return "gender." + name();
    }
}
