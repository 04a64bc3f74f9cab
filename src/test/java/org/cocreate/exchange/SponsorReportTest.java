package org.cocreate.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 捐赠统计: what each sponsor gave, and their share of what residents redeemed of it. */
@ServiceTest
class SponsorReportTest {

    @Autowired
    CatalogueService catalogue;
    @Autowired
    RedemptionService redemptions;
    @Autowired
    ExchangeTestData data;

    @Test
    void theRedeemedAreSharedAmongTheReceiptsInProportionToWhatEachGave() {
        // 10 bought, 30 and 10 donated: 50 received, of which 5 are redeemed.
        CatalogueItem towels = data.item("毛巾", 1, 10, null);
        String first = "赞助甲" + UUID.randomUUID();
        String second = "赞助乙" + UUID.randomUUID();
        data.runAs.run(DemoUsers.WENFENG_ADMIN, () -> {
            catalogue.receive(towels.id(), 20, first, null);
            catalogue.receive(towels.id(), 10, second, "第一批");
            catalogue.receive(towels.id(), 10, first, "第二批");
        });
        long resident = data.residentWithPoints(3);
        SessionEntry session = data.openSession(List.of(towels));
        data.runAs.run(DemoUsers.COUNTER, () -> redemptions.redeem(new RedeemCommand(session.id(), resident,
                List.of(new BasketLine(towels.id(), 5)), UUID.randomUUID().toString(), "1号台")));

        List<SponsorGift> report = data.runAs.get(DemoUsers.SUPERVISOR,
                () -> catalogue.sponsorReport(data.communities.community(ExchangeTestData.WENFENG)));

        assertThat(report).filteredOn(g -> g.itemId() == towels.id()).containsExactlyInAnyOrder(
                new SponsorGift(first, towels.id(), towels.name(), "袋", 30, 3),
                new SponsorGift(second, towels.id(), towels.name(), "袋", 10, 1));
        assertThat(report).extracting(SponsorGift::sponsor).contains("永辉超市", "鲁花粮油");
        assertThat(report).extracting(SponsorGift::sponsor)
                .isSortedAccordingTo(Collator.getInstance(Locale.SIMPLIFIED_CHINESE));
    }
}
