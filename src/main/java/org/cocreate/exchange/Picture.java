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
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new ExchangeRefusedException("picture", "exchange.picture.size", MAX_BYTES / 1024 / 1024);
        }
        try {
            Pictures.Encoded encoded = Pictures.reencoded(content, MAX_SIDE);
            return new Picture(encoded.contentType(), encoded.content());
        } catch (Pictures.RefusedPicture refused) {
            throw switch (refused.problem()) {
                case NOT_A_PICTURE -> new ExchangeRefusedException("picture", "exchange.picture.type");
                case TOO_MANY_PIXELS -> new ExchangeRefusedException("picture", "exchange.picture.pixels",
                        Pictures.MAX_PIXELS / 1_000_000, Pictures.MAX_PIXELS / 10_000);
            };
        }
    }
}
