package org.cocreate.exchange;

/** An item's picture, as uploaded (JPEG, PNG or WebP). */
public record Picture(String contentType, byte[] content) {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
}
