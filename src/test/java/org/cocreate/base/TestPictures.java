package org.cocreate.base;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Pictures made for tests: real JPEGs and PNGs, a camera's EXIF with a GPS position, a bomb's header. */
public final class TestPictures {

    /** Written into the EXIF of {@link #cameraJpeg}: no stored picture may contain it. */
    public static final String DESCRIPTION = "Home of resident 42, Wenfeng Tower";

    private TestPictures() {
    }

    /** A photo-like JPEG: top half red, bottom half blue, with a gradient so that it compresses like one. */
    public static byte[] jpeg(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    /** A PNG whose left half is fully transparent. */
    public static byte[] transparentPng(int width, int height) {
        BufferedImage image = picture(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width / 2; x++) {
                image.setRGB(x, y, 0);
            }
        }
        return write(image, "png");
    }

    /** A 64 x 48 WebP made with Google's cwebp (no Java library writes WebP). */
    public static byte[] webp() {
        try (InputStream in = TestPictures.class.getResourceAsStream("/pictures/sample-64x48.webp")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A JPEG as a tablet camera writes it: no JFIF header but an APP1 "Exif" segment right after the start,
     * with an orientation, a description and a GPS position (36°40'12.34" N, 117°1'56.78" E).
     */
    public static byte[] cameraJpeg(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        // Leave out the JFIF APP0 segment that ImageIO wrote after SOI, and put the camera's APP1 there.
        int app0Length = (plain[4] & 0xFF) << 8 | plain[5] & 0xFF;
        int rest = 2 + 2 + app0Length;
        byte[] exif = exif(orientation);
        var out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        int length = 2 + 6 + exif.length;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(exif);
        out.write(plain, rest, plain.length - rest);
        return out.toByteArray();
    }

    /**
     * A PNG header that declares a picture of {@code width} x {@code height} pixels, and hardly any data:
     * decoding it would allocate width * height * 3 bytes.
     */
    public static byte[] pngHeaderOf(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** The markers of a JPEG's segments before its image data (0xE0 for APP0, 0xE1 for APP1 ...). */
    public static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF);
        }
        return markers;
    }

    public static BufferedImage decode(byte[] content) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
            if (image == null) {
                throw new IllegalArgumentException("not a picture ImageIO reads");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean contains(byte[] content, String text) {
        byte[] wanted = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + wanted.length <= content.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (content[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static BufferedImage picture(int width, int height, int type) {
        var image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(230, 30, 30), width, 0, new Color(200, 60, 40)));
        g.fillRect(0, 0, width, height / 2);
        g.setPaint(new GradientPaint(0, 0, new Color(30, 30, 230), width, 0, new Color(40, 60, 200)));
        g.fillRect(0, height / 2, width, height - height / 2);
        g.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A big-endian TIFF structure: IFD0 with description, orientation and a GPS directory. */
    private static byte[] exif(int orientation) {
        byte[] description = (DESCRIPTION + "\0").getBytes(StandardCharsets.US_ASCII);
        int ifd0 = 8;
        int gps = ifd0 + 2 + 3 * 12 + 4;
        int data = gps + 2 + 4 * 12 + 4;
        int latitude = data + description.length;
        int longitude = latitude + 24;
        ByteBuffer tiff = ByteBuffer.allocate(longitude + 24).order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) 3);
        entry(tiff, 0x010E, 2, description.length, data);                     // ImageDescription
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1)           // Orientation
                .putShort((short) orientation).putShort((short) 0);
        entry(tiff, 0x8825, 4, 1, gps);                                        // GPS directory
        tiff.putInt(0);
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put(new byte[3]);
        entry(tiff, 2, 5, 3, latitude);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put(new byte[3]);
        entry(tiff, 4, 5, 3, longitude);
        tiff.putInt(0);
        tiff.put(description);
        tiff.putInt(36).putInt(1).putInt(40).putInt(1).putInt(1234).putInt(100);
        tiff.putInt(117).putInt(1).putInt(1).putInt(1).putInt(5678).putInt(100);
        return tiff.array();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int offset) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        var crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
