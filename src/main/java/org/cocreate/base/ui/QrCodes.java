package org.cocreate.base.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/**
 * QR codes as PNG images inlined in the page (a data: URL), so that printing never waits for a second
 * request. Level M survives a worn card; a quiet zone of one module keeps the card compact. Residents'
 * cards carry their card code, a meeting's check-in desk the members' personal ballot links.
 */
public final class QrCodes {

    private QrCodes() {
    }

    public static byte[] png(String text, int sizePixels) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, sizePixels, sizePixels,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            var out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String pngDataUrl(String text, int sizePixels) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, sizePixels));
    }
}
