package org.cocreate.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void keepsTheFirstCharacterAndHidesEachOtherOneBehindAnAsterisk() {
        assertThat(Names.masked("陈斌")).isEqualTo("陈*");
        assertThat(Names.masked("欧阳明")).isEqualTo("欧**");
        assertThat(Names.masked("阿依古丽·买买提")).isEqualTo("阿*******");
        assertThat(Names.masked("John Smith")).isEqualTo("J*********");
    }

    @Test
    void aOneCharacterNameIsHiddenWhollyAndSpacesAroundANameDoNotCount() {
        assertThat(Names.masked("斌")).isEqualTo("*");
        assertThat(Names.masked("  李四 ")).isEqualTo("李*");
        assertThat(Names.masked(" ")).isEmpty();
        assertThat(Names.masked(null)).isEmpty();
    }

    @Test
    void aCharacterOutsideTheBasicPlaneCountsOnce() {
        // U+20BB7, written as a surrogate pair in Java.
        String rare = new String(Character.toChars(0x20BB7));
        assertThat(Names.masked(rare + "野家")).isEqualTo(rare + "**");
        assertThat(Names.masked("王" + rare)).isEqualTo("王*");
    }
}
