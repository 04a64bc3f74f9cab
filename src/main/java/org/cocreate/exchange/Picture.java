package org.cocreate.exchange;

import org.cocreate.base.Pictures;

/** An item's picture: uploaded as a JPEG, PNG or WebP image, stored as {@link Pictures} writes it anew. */
public record Picture(String contentType, byte[] content) {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /**
     * The longer side as stored: an item's picture shows as a thumbnail in the catalogue and on a counter
     * tile a few centimetres wide; 800 px stays sharp there on a high-density tablet screen, at about
     * 50-150 KB, so that a counter of thirty items loads quickly over the office Wi-Fi.
     */
    public static final int MAX_SIDE = 800;

    /**
     * The picture as it may be stored: decoded, turned upright, scaled down and re-encoded. Refuses what is
     * not a picture by its content, whatever type the browser declared, and what is too large.
     */
    Picture checked() {
        Pictures.Encoded encoded = Pictures.checkedUpload(content, MAX_BYTES, MAX_SIDE, ExchangeRefusedException::new, "picture", "exchange.picture");
        return new Picture(encoded.contentType(), encoded.content());
    }
}
