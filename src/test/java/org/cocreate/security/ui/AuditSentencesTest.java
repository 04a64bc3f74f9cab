package org.cocreate.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.cocreate.security.AuditLogEntry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The audit line as a sentence, read from states as the features write them, in Chinese and English. */
class AuditSentencesTest {

    private static final AuditSentences CHINESE = sentences("zh_CN", Locale.SIMPLIFIED_CHINESE);
    private static final AuditSentences ENGLISH = sentences("en", Locale.ENGLISH);

    private static AuditLogEntry line(String action, String targetType, @Nullable String targetId,
            @Nullable String actorName, @Nullable String before, @Nullable String after) {
        return new AuditLogEntry(1, LocalDateTime.of(2026, 12, 3, 9, 30), actorName == null ? null : "wangfang",
                actorName, action, targetType, targetId, "文峰塔社区", "192.0.2.1", "Safari", before, after);
    }

    @Test
    void aGrantSaysWhoGrantedWhomHowManyPointsForWhichRule() {
        // As PointsService writes it: the ledger entry's fields, then whose account and the names.
        var grant = line("POINTS_GRANTED", "ledger_entry", "41", "王芳", null,
                "kind=GRANT, amount=10, balanceAfter=30, quantity=1, rule=3, standard=2, reverses=null, note=null, "
                        + "resident=12, residentName=陈斌, ruleName=门前三包");

        assertThat(CHINESE.sentence(grant)).isEqualTo(
                "王芳 发放了 陈斌 的积分：类型：奖励；积分变动：+10 分；变动后余额：30 分；数量：1；评分标准：#2；评分规则：门前三包");
        assertThat(ENGLISH.sentence(grant)).isEqualTo("王芳 granted points to 陈斌: Kind: Grant; Amount: +10 pts; "
                + "Balance after: 30 pts; Quantity: 1; Standard: #2; Rule: 门前三包");
    }

    @Test
    void aRedemptionDebitSaysWhoseBalanceWentDownWithoutNulls() {
        var debit = line("POINTS_DEBITED", "ledger_entry", "42", "王芳", null,
                "kind=REDEMPTION, amount=-25, balanceAfter=5, quantity=1, rule=null, standard=null, reverses=null, "
                        + "note=null, resident=12, residentName=陈斌, ruleName=null");

        assertThat(CHINESE.sentence(debit)).isEqualTo(
                "王芳 为 陈斌 兑换扣减了积分：类型：兑换；积分变动：−25 分；变动后余额：5 分；数量：1")
                .doesNotContain("null", "REDEMPTION");
        assertThat(ENGLISH.sentence(debit)).startsWith("王芳 debited points of 陈斌 for a redemption: ")
                .contains("Amount: −25 pts").doesNotContain("null");
    }

    @Test
    void aRoleChangeSaysOnlyWhatChangedBeforeAndAfterWithRolesByName() {
        var change = line("USER_UPDATED", "user", "7", "王芳",
                "username=chenbin, name=陈斌, enabled=true, roles=[WORKER], communities=[1], subdistrict=null",
                "username=chenbin, name=陈斌, enabled=false, roles=[ADMIN, WORKER], communities=[1], subdistrict=null");

        String chinese = CHINESE.sentence(change);
        assertThat(chinese).startsWith("王芳 修改了用户 陈斌：").contains("启用：是 → 否")
                .containsAnyOf("角色：社区工作者 → 管理员、社区工作者", "角色：社区工作者 → 社区工作者、管理员")
                .doesNotContain("用户名", "社区：");
        assertThat(ENGLISH.sentence(change)).startsWith("王芳 changed the user 陈斌: ").contains("Enabled: Yes → No");
    }

    @Test
    void aNewUsersCommunitiesAreNamedAndAnUnknownOneKeepsItsNumber() {
        var created = line("USER_CREATED", "user", "7", "王芳", null,
                "username=chenbin, name=陈斌, enabled=true, roles=[WORKER], communities=[1, 9], subdistrict=null");

        assertThat(CHINESE.sentence(created)).contains("文峰塔社区").contains("#9").doesNotContain("#1");
    }

    @Test
    void aFailedSignInNamesTheNameTried() {
        var failed = line("LOGIN_FAILED", "user", null, "ghost", null, null);

        assertThat(CHINESE.sentence(failed)).isEqualTo("以 ghost 登录失败");
        assertThat(ENGLISH.sentence(failed)).isEqualTo("Sign-in as ghost failed");
    }

    @Test
    void aSignInHoldReadsTheSameWhetherWrittenAsFieldsOrAsTheOlderEnglishPhrase() {
        var held = line("LOGIN_HELD", "user", null, "ghost", null,
                "scope=NAME, address=203.0.113.9, failures=5, until=2026-12-03T10:15:30");
        var older = line("LOGIN_HELD", "user", null, "ghost", null,
                "name from 203.0.113.9, failures=5, until 2026-12-03T10:15:30");

        assertThat(CHINESE.sentence(held)).isEqualTo(
                "ghost 因多次登录失败被暂停登录：范围：该用户名从此地址；地址：203.0.113.9；失败次数：5；暂停至：2026-12-03 10:15:30")
                .isEqualTo(CHINESE.sentence(older));
        assertThat(ENGLISH.sentence(line("EXCHANGE_ITEM_PICTURE", "exchange_item", "5", "王芳", null,
                "image/png, 2048 bytes"))).isEqualTo("王芳 changed the picture of Exchange item #5: Type: image/png; "
                        + "Bytes: 2048");
    }

    @Test
    void aRecordsStateAndAnEnumInAFreeTextAreReadToo() {
        var item = line("EXCHANGE_ITEM_CREATED", "exchange_item", "5", "王芳", null,
                "ItemDraft[kind=GOODS, name=洗衣液, unit=瓶, price=20, dailyLimit=null, lowStockThreshold=3, "
                        + "active=true]");
        assertThat(CHINESE.sentence(item)).isEqualTo(
                "王芳 新建了兑换物品 洗衣液：类型：物品；名称：洗衣液；单位：瓶；所需积分：20 分；低库存提醒：3；上架：是");

        var organisation = line("ORGANISATION_CREATED", "organisation", "3", "王芳", null, "PARTY_BRANCH 红星党支部");
        assertThat(CHINESE.sentence(organisation)).isEqualTo("王芳 新建了组织：党支部 红星党支部");
    }

    @Test
    void anActionWithoutASentenceStillReadsAsOneAndNobodyIsTheSystem() {
        var unknown = line("SOMETHING_NEW", "matrix", "9", null, null, null);

        assertThat(CHINESE.sentence(unknown)).isEqualTo("系统 对 对象 #9 执行了“something new”");
        assertThat(ENGLISH.sentence(unknown)).isEqualTo("The system did \"something new\" to Item #9");
    }

    private static AuditSentences sentences(String language, Locale locale) {
        var properties = new Properties();
        try (InputStream in = AuditSentencesTest.class
                .getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> translations = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> translations.put(key, properties.getProperty(key)));
        return new AuditSentences(translations, locale, Map.of(1L, "文峰塔社区"));
    }
}
