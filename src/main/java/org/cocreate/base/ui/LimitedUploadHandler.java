package org.cocreate.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The one way the app receives an upload: one file, held in memory, of at most {@code maxBytes}.
 * <p>
 * Vaadin's {@code UploadHandler.inMemory} reads the whole request body before anyone can look at its
 * size, and the browser's {@code maxFileSize} binds only a browser that plays along: a {@code fetch} to the
 * upload's address posts whatever it likes. This handler refuses a body whose declared length is above the
 * limit without reading it, reads any other body only up to one byte past the limit and stops there, and
 * then answers with a refusal (HTTP 422, which the upload shows as failed) and keeps nothing of it. So an
 * upload never holds more than its limit in memory, whatever the client sends.
 * <p>
 * {@link #upload()} builds the {@link Upload} with the browser's limit set to the same number, so the two
 * cannot drift apart; the architecture test lets no other class create an {@code Upload}.
 */
public final class LimitedUploadHandler implements UploadHandler {

    /** Room for a multipart request's headers and boundaries around the file itself. */
    private static final int MULTIPART_OVERHEAD = 64 * 1024;

    private final int maxBytes;
    private final InMemoryUploadCallback received;
    private SerializableRunnable refused = () -> { };

    private LimitedUploadHandler(int maxBytes, InMemoryUploadCallback received) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.received = received;
    }

    /**
     * Receives one file of at most {@code maxBytes} into memory and hands it to {@code received}, which
     * runs with the screen's lock held (it may change components).
     */
    public static LimitedUploadHandler inMemory(int maxBytes, InMemoryUploadCallback received) {
        return new LimitedUploadHandler(maxBytes, received);
    }

    /**
     * What the screen says when a file is refused: too large for the server, or of a size or type the
     * browser already refused. Runs with the screen's lock held.
     */
    public LimitedUploadHandler whenRefused(SerializableRunnable action) {
        this.refused = action;
        return this;
    }

    /** An upload of one file, the browser's size limit the same as this handler's, in the user's language. */
    public Upload upload() {
        var upload = new Upload(this);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        Localized.upload(upload);
        upload.addFileRejectedListener(e -> refused.run());
        return upload;
    }

    public int maxBytes() {
        return maxBytes;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        // A raw upload declares the file's length (or -1 when sent in chunks); a multipart part its size.
        long declared = event.getFileSize();
        byte[] data = declared > maxBytes ? null : read(event, declared);
        UI ui = event.getUI();
        if (data == null) {
            event.reject("File larger than " + maxBytes + " bytes");
            ui.access(refused::run);
            return;
        }
        var metadata = new UploadMetadata(event.getFileName(), event.getContentType(), data.length);
        ui.access(() -> {
            try {
                received.complete(metadata, data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The body, or null when it turns out longer than the limit (then no more than limit + 1 bytes were read). */
    private byte @Nullable [] read(UploadEvent event, long declared) throws IOException {
        // With a declared length the buffer is that long; without, it grows as bytes come, up to the limit.
        try (InputStream in = event.getInputStream()) {
            if (declared >= 0) {
                byte[] data = new byte[(int) declared];
                int length = in.readNBytes(data, 0, data.length);
                if (length < data.length) {
                    return Arrays.copyOf(data, length);
                }
                return in.read() < 0 ? data : null;
            }
            byte[] data = in.readNBytes(maxBytes + 1);
            return data.length > maxBytes ? null : data;
        }
    }

    /** Vaadin checks these against a multipart request before it calls {@link #handleUploadRequest}. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return (long) maxBytes + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
