package org.cocreate.base;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Pictures as users upload them (an item's picture, a grant's photo), made safe to store and to show.
 * <p>
 * What was uploaded is judged by its content, never by the type the browser declared: it must be a JPEG,
 * PNG or WebP image that decodes. Its size in pixels is read from the header first and a picture of more
 * than {@value #MAX_PIXELS} pixels is refused before any pixel is decoded (a small file can declare a huge
 * image: a decompression bomb). It is decoded only at the resolution needed, turned upright by its EXIF
 * orientation (a tablet held in portrait writes the photo sideways and says so in EXIF), scaled down so that
 * its longer side is at most the caller's limit, and written anew: a JPEG, or a PNG where it has
 * transparency. Nothing of the original file survives, so neither does its EXIF (the GPS position a tablet
 * camera writes into a photo of a resident's home) nor anything hidden behind the image data.
 */
public final class Pictures {

    /** 50 million pixels: a 48-megapixel phone photo passes; a header declaring more is refused unread. */
    public static final long MAX_PIXELS = 50_000_000L;
    private static final float JPEG_QUALITY = 0.85f;
    private static final int EXIF_ORIENTATION = 0x0112;

    private Pictures() {
    }

    /** A picture as stored: re-encoded, {@code image/jpeg} or {@code image/png}. */
    public record Encoded(String contentType, byte[] content) {
    }

    /** Why a file was refused. */
    public enum Problem {
        /** Not a JPEG, PNG or WebP image, or one that does not decode. */
        NOT_A_PICTURE,
        /** More than {@link #MAX_PIXELS} pixels. */
        TOO_MANY_PIXELS
    }

    /** A file refused as a picture; the feature turns it into its own refusal, next to its field. */
    public static final class RefusedPicture extends RuntimeException {

        private final Problem problem;

        RefusedPicture(Problem problem, String detail) {
            super(problem + ": " + detail);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /**
     * The picture decoded, upright, at most {@code maxSide} pixels wide and high, and written anew.
     *
     * @throws RefusedPicture when the content is not a JPEG, PNG or WebP image, or has too many pixels
     */
    public static Encoded reencoded(byte[] content, int maxSide) {
        Format format = Format.of(content);
        Decoded decoded = decoded(content, format, maxSide);
        BufferedImage upright = oriented(scaled(decoded, maxSide),
                format == Format.JPEG ? jpegOrientation(content) : 1);
        return transparent(upright) ? new Encoded("image/png", png(upright)) : new Encoded("image/jpeg", jpeg(upright));
    }

    /**
     * An upload as a feature may store it ({@link #reencoded}), or the feature's refusal at {@code field}: too large
     * or empty at {@code keys + ".size"} (the megabytes allowed), not a picture by its content whatever the browser
     * declared at {@code keys + ".type"}, too many pixels at {@code keys + ".pixels"} (millions, and tens of
     * thousands, of pixels allowed).
     */
    public static Encoded checkedUpload(byte[] content, int maxBytes, int maxSide, Checks.Refusal refusal,
            String field, String keys) {
        if (content.length == 0 || content.length > maxBytes) {
            throw refusal.refuse(field, keys + ".size", maxBytes / 1024 / 1024);
        }
        try {
            return reencoded(content, maxSide);
        } catch (RefusedPicture refused) {
            throw switch (refused.problem()) {
                case NOT_A_PICTURE -> refusal.refuse(field, keys + ".type");
                case TOO_MANY_PIXELS -> refusal.refuse(field, keys + ".pixels", MAX_PIXELS / 1_000_000,
                        MAX_PIXELS / 10_000);
            };
        }
    }

    /** The three formats accepted, told apart by their first bytes. */
    private enum Format {
        JPEG, PNG, WEBP;

        static Format of(byte[] content) {
            if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
                return JPEG;
            }
            if (startsWith(content, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
                return PNG;
            }
            if (startsWith(content, 0, 'R', 'I', 'F', 'F') && startsWith(content, 8, 'W', 'E', 'B', 'P')) {
                return WEBP;
            }
            throw new RefusedPicture(Problem.NOT_A_PICTURE, "neither JPEG, PNG nor WebP by its first bytes");
        }

        ImageReader reader() {
            if (this == WEBP) {
                // Directly, not through ImageIO's registry: it finds plugins by the class loader of whoever
                // asked first, which in a packaged Spring Boot application is not reliably this one.
                return new WebPImageReaderSpi().createReaderInstance(null);
            }
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(this == JPEG ? "jpeg" : "png");
            if (!readers.hasNext()) {
                throw new IllegalStateException("No ImageIO reader for " + this);
            }
            return readers.next();
        }
    }

    /** The pixels decoded (perhaps only every n-th of them), and the picture's own size. */
    private record Decoded(BufferedImage image, long width, long height) {
    }

    private static Decoded decoded(byte[] content, Format format, int maxSide) {
        ImageReader reader = format.reader();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            // The header only: width and height are known before a single pixel is decoded.
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw new RefusedPicture(Problem.NOT_A_PICTURE, "no pixels");
            }
            if (width * height > MAX_PIXELS) {
                throw new RefusedPicture(Problem.TOO_MANY_PIXELS, width + " x " + height);
            }
            // Decode only every n-th pixel where the picture is more than twice as large as needed: memory
            // stays near (2 * maxSide)² pixels whatever the camera's resolution.
            int step = (int) Math.max(1, Math.max(width, height) / maxSide);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            return new Decoded(reader.read(0, param), width, height);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof RefusedPicture refused) {
                throw refused;
            }
            throw new RefusedPicture(Problem.NOT_A_PICTURE, String.valueOf(unreadable.getMessage()));
        } finally {
            reader.dispose();
        }
    }

    private static BufferedImage scaled(Decoded decoded, int maxSide) {
        BufferedImage image = decoded.image();
        // From the picture's own size, not the decoded one: subsampling rounds, the proportions must not.
        double factor = Math.min(1.0, (double) maxSide / Math.max(decoded.width(), decoded.height()));
        int newWidth = (int) Math.max(1, Math.round(decoded.width() * factor));
        int newHeight = (int) Math.max(1, Math.round(decoded.height() * factor));
        var result = new BufferedImage(newWidth, newHeight,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = result.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, newWidth, newHeight, null);
        } finally {
            g.dispose();
        }
        return result;
    }

    /** The image as it is meant to be seen, by EXIF orientation 1 to 8 (1: as stored). */
    private static BufferedImage oriented(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        // Each maps a stored pixel (x, y) to where it is seen: AffineTransform(m00, m10, m01, m11, m02, m12).
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);   // mirrored left to right
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);  // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);   // mirrored top to bottom
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);    // mirrored along the diagonal
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);   // to be turned a quarter clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);  // mirrored along the other diagonal
            default -> new AffineTransform(0, -1, 1, 0, 0, w);  // 8: to be turned a quarter anticlockwise
        };
        var result = new BufferedImage(turned ? h : w, turned ? w : h, image.getType());
        Graphics2D g = result.createGraphics();
        try {
            g.drawImage(image, transform, null);
        } finally {
            g.dispose();
        }
        return result;
    }

    private static boolean transparent(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int argb : row) {
                if (argb >>> 24 != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] jpeg(BufferedImage image) {
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            // Opaque after all (an alpha channel with nothing transparent): JPEG has no alpha.
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            try {
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var bytes = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            // No metadata passed: the writer writes a bare JFIF header, no EXIF.
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The EXIF orientation of a JPEG (1 when it has none or it cannot be read): the APP1 "Exif" segment
     * holds a TIFF structure whose first directory may carry tag 0x0112.
     */
    static int jpegOrientation(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // a fill byte
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                break; // the image data begins: no more metadata segments
            }
            int length = u16(jpeg, at + 2, true);
            if (length < 2) {
                break;
            }
            int start = at + 4;
            if (marker == 0xE1 && length >= 8 && startsWith(jpeg, start, 'E', 'x', 'i', 'f', 0, 0)) {
                return tiffOrientation(jpeg, start + 6, Math.min(jpeg.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return 1;
    }

    private static int tiffOrientation(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean bigEndian;
        if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            bigEndian = true;
        } else if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            bigEndian = false;
        } else {
            return 1;
        }
        long ifd = u32(b, tiff + 4, bigEndian);
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return 1;
        }
        int directory = (int) (tiff + ifd);
        int entries = u16(b, directory, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + 12 * i;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, bigEndian) == EXIF_ORIENTATION) {
                int value = u16(b, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean bigEndian) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return bigEndian ? first << 8 | second : second << 8 | first;
    }

    private static long u32(byte[] b, int at, boolean bigEndian) {
        long high = u16(b, bigEndian ? at : at + 2, bigEndian);
        long low = u16(b, bigEndian ? at + 2 : at, bigEndian);
        return high << 16 | low;
    }

    private static boolean startsWith(byte[] content, int offset, int... expected) {
        if (content.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((content[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
