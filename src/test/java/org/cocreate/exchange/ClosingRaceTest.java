package org.cocreate.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A redemption racing the day's closing: the counter read the day as open, but the closing commits while the
 * redemption waits for the items. The redemption must then be refused (the day is closed), so that nothing
 * is taken from the shelf after the closing count, and the books still match it.
 */
@ServiceTest
class ClosingRaceTest {

    @Autowired
    RedemptionService redemptions;
    @Autowired
    ExchangeTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aRedemptionWaitingWhileTheDayClosesIsRefusedAsClosed() throws Exception {
        CatalogueItem towel = data.item("毛巾", 5, 10, null);
        SessionEntry session = data.openSession(List.of(towel));
        long resident = data.residentWithPoints(10);
        long balanceBefore = data.runAs.get(DemoUsers.COUNTER, () -> data.points.balance(resident).value());

        var closedNotCommitted = new CountDownLatch(1);
        CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    data.runAs.run(DemoUsers.WENFENG_ADMIN, () -> redemptions.closeSession(session.id(),
                            List.of(new ClosingCount(towel.id(), 10, null))));
                    closedNotCommitted.countDown();
                    // Hold the closing's locks while the counter's redemption arrives and waits for the item.
                    sleep(700);
                }));
        assertThat(closedNotCommitted.await(30, TimeUnit.SECONDS)).isTrue();

        Throwable refusal = null;
        try {
            data.runAs.run(DemoUsers.COUNTER, () -> redemptions.redeem(new RedeemCommand(session.id(), resident,
                    List.of(new BasketLine(towel.id(), 1)), UUID.randomUUID().toString(), "1号台")));
        } catch (ExchangeRefusedException e) {
            refusal = e;
        }
        closing.get(30, TimeUnit.SECONDS);

        assertThat(refusal).as("the redemption that waited for the closing").isNotNull()
                .extracting(e -> ((ExchangeRefusedException) e).messageKey()).isEqualTo("exchange.session.closed");
        assertThat(jdbc.sql("select stock from exchange_item where id = ?").param(towel.id()).query(Integer.class)
                .single()).as("the closing count still matches the shelf").isEqualTo(10);
        assertThat(data.runAs.get(DemoUsers.COUNTER, () -> data.points.balance(resident).value()))
                .isEqualTo(balanceBefore);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
