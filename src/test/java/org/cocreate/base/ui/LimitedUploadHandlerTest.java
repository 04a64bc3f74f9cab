package org.cocreate.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The handler on its own, with bodies the browser test cannot send: one without a declared length (sent in
 * chunks) that goes on and on. It must stop reading one byte past the limit.
 */
class LimitedUploadHandlerTest {

    private static final int LIMIT = 1000;

    private final List<byte[]> received = new ArrayList<>();
    private int refusals;
    private final LimitedUploadHandler handler = LimitedUploadHandler
            .inMemory(LIMIT, (metadata, data) -> received.add(data))
            .whenRefused(() -> refusals++);

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedWithoutReadingIt() throws IOException {
        var body = new EndlessBody();
        var event = new Event(LIMIT + 1L, body);

        handler.handleUploadRequest(event);

        assertThat(body.read).isZero();
        assertThat(event.isRejected()).isTrue();
        assertThat(received).isEmpty();
        assertThat(refusals).isEqualTo(1);
    }

    @Test
    void anEndlessBodyWithoutADeclaredLengthIsReadOnlyOneBytePastTheLimit() throws IOException {
        var body = new EndlessBody();
        var event = new Event(-1, body);

        handler.handleUploadRequest(event);

        assertThat(body.read).isEqualTo(LIMIT + 1L);
        assertThat(event.isRejected()).isTrue();
        assertThat(received).isEmpty();
        assertThat(refusals).isEqualTo(1);
    }

    @Test
    void aFileAtTheLimitIsReceivedWhole() throws IOException {
        var body = new EndlessBody(LIMIT);
        var event = new Event(LIMIT, body);

        handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isFalse();
        assertThat(received).singleElement().satisfies(data -> assertThat(data).hasSize(LIMIT));
        assertThat(refusals).isZero();

        var chunked = new Event(-1, new EndlessBody(LIMIT));
        handler.handleUploadRequest(chunked);
        assertThat(chunked.isRejected()).isFalse();
        assertThat(received).hasSize(2);
    }

    @Test
    void theUploadItBuildsHasTheSameLimitInTheBrowser() {
        var upload = handler.upload();

        assertThat(upload.getMaxFileSize()).isEqualTo(LIMIT);
        assertThat(upload.getMaxFiles()).isEqualTo(1);
    }

    /** A body of a given length, or one that never ends; counts what was read of it. */
    private static final class EndlessBody extends InputStream {

        private final long length;
        long read;

        EndlessBody() {
            this(Long.MAX_VALUE);
        }

        EndlessBody(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            read += n;
            return n;
        }
    }

    /** An upload request as Vaadin hands it over, with a screen that runs what it is given at once. */
    private static final class Event extends UploadEvent {

        private final long declared;
        private final InputStream body;

        Event(long declared, InputStream body) {
            super(null, null, null, "photo.jpg", declared, "image/jpeg", null, null);
            this.declared = declared;
            this.body = body;
        }

        @Override
        public InputStream getInputStream() {
            return body;
        }

        @Override
        public long getFileSize() {
            return declared;
        }

        @Override
        public UI getUI() {
            return new UI() {
                @Override
                public Future<Void> access(Command command) {
                    command.execute();
                    return CompletableFuture.completedFuture(null);
                }
            };
        }
    }
}
