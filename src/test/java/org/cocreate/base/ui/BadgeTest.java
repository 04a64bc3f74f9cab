package org.cocreate.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BadgeTest {

    @Test
    void aBadgeIsThePillWithTheClassOfItsMeaningAndNeutralNeedsNone() {
        assertThat(new Badge("已入账", Badge.Tone.SUCCESS).getClassNames()).containsExactlyInAnyOrder("badge",
                "badge-success");
        assertThat(new Badge("环境卫生", Badge.Tone.NEUTRAL).getClassNames()).containsExactly("badge");
    }

    @Test
    void aBadgeThatFollowsAStateChangesItsMeaningWithoutKeepingTheOldOne() {
        var count = new Badge("3", Badge.Tone.PROMINENT).strong();

        count.tone(Badge.Tone.MUTED);

        assertThat(count.getClassNames()).containsExactlyInAnyOrder("badge", "badge-muted", "badge-strong");
        assertThat(count.getText()).isEqualTo("3");
    }
}
