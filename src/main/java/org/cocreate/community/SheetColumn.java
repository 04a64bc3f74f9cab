package org.cocreate.community;

import java.util.List;
import java.util.stream.Stream;

/**
 * A column of an import spreadsheet: recognised by any of its header names (normalised, see
 * {@link ImportSheet#normalise}), required or not, and named in messages by its translation key.
 */
public interface SheetColumn {

    String translationKey();

    /** Without it the rows cannot be placed. */
    boolean required();

    /** Its header names, normalised: the template's Chinese one, the English one and those other sheets use. */
    List<String> headerNames();

    static List<String> headerNames(String chineseHeader, String englishHeader, String... otherNames) {
        return Stream.concat(Stream.of(chineseHeader, englishHeader), Stream.of(otherNames))
                .map(ImportSheet::normalise).toList();
    }
}
