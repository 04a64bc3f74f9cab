package org.cocreate.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cocreate.ServiceTest;
import org.cocreate.base.Area;
import org.cocreate.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A compound of 2,000 units votes from many threads at once, each unit twice at the same moment: its paper
 * recorded at the door and its owner's phone. One ballot per unit (the later replacing the earlier, both in the
 * audit trail) and the tally equal to the ballots. Runs on H2 and on PostgreSQL.
 */
@ServiceTest
class BallotConcurrencyTest {

    private static final int UNITS = 2000;
    private static final int THREADS = 16;

    @Autowired
    AssemblyTestData data;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoThousandUnitsVotingOnPaperAndByPhoneAtOnceGiveOneBallotEachAndATallyEqualToThem() throws Exception {
        var compound = data.compound(UNITS, "70.25");
        AssemblyEntry assembly = data.opened(compound, Matter.USE_FUND);
        long item = assembly.items().getFirst().id();
        List<String> tokens = jdbc.sql("select token from assembly_unit where assembly_id = ? order by unit_id")
                .param(assembly.id()).query(String.class).list();
        List<Long> units = jdbc.sql("select unit_id from assembly_unit where assembly_id = ? order by unit_id")
                .param(assembly.id()).query(Long.class).list();
        List<Runnable> work = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            long unit = units.get(i);
            String token = tokens.get(i);
            work.add(() -> data.written(assembly, unit, Electorate.Choice.FOR));
            work.add(() -> RunAs.nobody(() -> data.ballots.castByPhone(token,
                    List.of(ItemVote.of(item, Electorate.Choice.AGAINST)))));
        }
        Collections.shuffle(work, new java.util.Random(278));
        List<Throwable> unexpected = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (Runnable task : work) {
            done.add(pool.submit(() -> {
                try {
                    task.run();
                } catch (Throwable e) {
                    unexpected.add(e);
                }
            }));
        }
        for (Future<?> future : done) {
            future.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(unexpected).isEmpty();
        assertThat(jdbc.sql("select count(*) from assembly_ballot where item_id = ?").param(item).query(Long.class)
                .single()).as("one ballot per unit").isEqualTo(UNITS);
        long forBallots = jdbc.sql("select count(*) from assembly_ballot where item_id = ? and choice = 'FOR'")
                .param(item).query(Long.class).single();
        Tally tally = data.asAdmin(() -> data.assemblies.results(assembly.id())).getFirst().outcome().tally();
        assertThat(tally.forHeads()).isEqualTo(forBallots);
        assertThat(tally.againstHeads()).isEqualTo(UNITS - forBallots);
        assertThat(tally.forArea().plus(tally.againstArea())).isEqualTo(tally.totalArea());
        assertThat(tally.totalArea()).isEqualTo(new Area(new java.math.BigDecimal("70.25").multiply(
                java.math.BigDecimal.valueOf(UNITS))));
        String audited = "select count(*) from audit_event where action = ? and target_id = ?";
        assertThat(jdbc.sql(audited).params("ASSEMBLY_BALLOT_RECORDED", String.valueOf(assembly.id()))
                .query(Long.class).single()).isEqualTo(UNITS);
        assertThat(jdbc.sql(audited).params("ASSEMBLY_BALLOT_CHANGED", String.valueOf(assembly.id()))
                .query(Long.class).single()).as("each unit's second ballot replaced its first").isEqualTo(UNITS);
    }
}
