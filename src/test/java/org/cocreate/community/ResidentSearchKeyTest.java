package org.cocreate.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResidentSearchKeyTest {

    @Test
    void chenBinIsFoundByNameGivenNameFullPinyinInitialsPhoneAndCard() {
        String key = ResidentSearchKey.of("陈斌", "13872345678", "CCABCDEFGH23");
        assertThat(key).contains(" 陈斌 ", " 斌 ", " chenbin ", " cb ", " bin ", " 13872345678 ", " 5678 ",
                " ccabcdefgh23 ");
    }

    @Test
    void aPolyphonicCharacterGivesEveryReading() {
        // 曾 reads zeng (the surname) or ceng; 单 reads shan (the surname), dan or chan.
        assertThat(ResidentSearchKey.of("曾伟", null, null)).contains(" zengwei ", " cengwei ", " zw ", " cw ");
        assertThat(ResidentSearchKey.of("单丽", null, null)).contains(" shanli ", " danli ", " sl ", " dl ");
    }

    @Test
    void manyPolyphonesAreBoundedNotExploded() {
        String key = ResidentSearchKey.of("长重行乐和朝", null, null);
        assertThat(key.split(" ").length).isLessThan(80);
    }

    @Test
    void aNameWithoutPhoneHasNoDigits() {
        assertThat(ResidentSearchKey.of("王芳", null, null)).doesNotContainPattern("\\d");
    }

    @Test
    void queriesAreComparedWithoutCaseAndSpaces() {
        assertThat(ResidentSearchKey.normaliseQuery(" Chen Bin ")).isEqualTo("chenbin");
        assertThat(ResidentSearchKey.normaliseQuery("陈\u3000斌")).isEqualTo("陈斌");
    }

    @Test
    void theKeyIsTheTokensSpaceSeparated() {
        assertThat(ResidentSearchKey.of("陈斌", "13872345678", "CCABCDEFGH23")).isEqualTo(
                " " + String.join(" ", ResidentSearchKey.tokens("陈斌", "13872345678", "CCABCDEFGH23")) + " ");
    }

    @Test
    void everyPrefixOfEveryTokenOnceAndNoHalfCharacters() {
        assertThat(ResidentSearchKey.prefixes(List.of("chen", "cb", "陈斌")))
                .containsExactly("c", "ch", "che", "chen", "cb", "陈", "陈斌");
        // 𠮷 (U+20BB7) is two UTF-16 units: a prefix never ends between them.
        assertThat(ResidentSearchKey.prefixes(List.of("𠮷田"))).containsExactly("𠮷", "𠮷田");
    }

    @Test
    void theIndexHoldsPrefixesOfSixCharactersAndALongerQueryIsLookedUpByItsFirstSix() {
        assertThat(ResidentSearchKey.prefixes(List.of("zhangxiuying")))
                .containsExactly("z", "zh", "zha", "zhan", "zhang", "zhangx");
        assertThat(ResidentSearchKey.indexedHead("zhangxiuying")).isEqualTo("zhangx");
        assertThat(ResidentSearchKey.indexedHead("zhang")).isEqualTo("zhang");
        assertThat(ResidentSearchKey.indexedHead("𠮷𠮷𠮷𠮷𠮷𠮷𠮷")).isEqualTo("𠮷𠮷𠮷𠮷𠮷𠮷");
    }

    @Test
    void aQueryIsLookedUpWithoutTheWildcardsOfTheFormerLikeScan() {
        assertThat(ResidentSearchKey.searchPrefix(" Chen_Bin% ")).isEqualTo("chenbin");
        assertThat(ResidentSearchKey.searchPrefix("%")).isEmpty();
    }
}
