package org.cocreate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The stylesheet is served as it is, with no build to catch a broken rule: at least its blocks must close. */
class StylesheetTest {

    @Test
    void everyBlockOfTheStylesheetCloses() throws IOException {
        String css = Files.readString(Path.of("frontend/cocreate/styles.css")).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            assertThat(depth).as("nesting at line %d", line).isBetween(0, 2);
        }
        assertThat(depth).isZero();
    }
}
