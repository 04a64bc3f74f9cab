package org.cocreate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.assembly.AssemblyEntry;
import org.cocreate.assembly.AssemblyTestData;
import org.cocreate.assembly.Electorate;
import org.cocreate.assembly.ItemResult;
import org.cocreate.assembly.ItemVote;
import org.cocreate.assembly.Matter;
import org.cocreate.assembly.Participation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * An owners' assembly of a compound of 2,000 units on an H2 file database like production: recording a written
 * ballot with the live tally updated (the ballot, then the participation the tablets redraw on its event; target
 * p95 ≤ 20 ms), 100 ballots as a warm-up recorded again later, then all 2,000; and the close, which decides the
 * item by area and heads over the 2,000 (target ≤ 500 ms).
 * Run: ./mvnw -Pbench test -Dtest=AssemblyBenchmark
 */
@Tag("bench")
@SpringBootTest(properties = {
        "cocreate.test.keep-datasource=true",
        "spring.datasource.url=jdbc:h2:file:./target/bench/assembly;WRITE_DELAY=0"})
@ActiveProfiles({"demo", "test"})
class AssemblyBenchmark {

    static {
        org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File("target/bench/assembly.mv.db"));
    }

    private static final int UNITS = 2000;
    private static final int WARM_UP = 100;

    @Autowired
    AssemblyTestData data;
    @Autowired
    UserDetailsService users;

    @Test
    void recordingBallotsInACompoundOfTwoThousandUnitsAndTheClose() {
        var compound = data.compound(UNITS, "86.50");
        AssemblyEntry assembly = data.opened(compound, Matter.RENOVATE);
        long item = assembly.items().getFirst().id();
        signIn(DemoUsers.SUBDISTRICT_ADMIN);
        List<Long> units = compound.unitIds();
        for (int i = 0; i < WARM_UP; i++) {
            data.ballots.recordWritten(assembly.id(), units.get(i), List.of(ItemVote.of(item,
                    Electorate.Choice.AGAINST)), null);
            data.assemblies.participation(assembly.id());
        }
        long[] ballots = new long[UNITS];
        for (int i = 0; i < UNITS; i++) {
            Electorate.Choice choice = i % 10 == 9 ? Electorate.Choice.AGAINST : Electorate.Choice.FOR;
            long started = System.nanoTime();
            data.ballots.recordWritten(assembly.id(), units.get(i), List.of(ItemVote.of(item, choice)), null);
            Participation live = data.assemblies.participation(assembly.id());
            ballots[i] = System.nanoTime() - started;
            assertThat(live.compound().votedHeads()).isEqualTo(Math.max(i + 1, WARM_UP));
        }
        long started = System.nanoTime();
        List<ItemResult> results = data.assemblies.close(assembly.id(), null);
        long close = System.nanoTime() - started;
        assertThat(results.getFirst().outcome().adopted()).as("nine in ten for").isTrue();
        assertThat(results.getFirst().outcome().tally().forHeads()).isEqualTo(UNITS - UNITS / 10);
        SecurityContextHolder.clearContext();
        System.out.println(BenchmarkStatistics.machine());
        System.out.println(BenchmarkStatistics.summary("recordWritten + participation (" + UNITS
                + " units, H2 file)", ballots));
        System.out.println("close (" + UNITS + " units, 1 item, H2 file): " + close / 1_000_000 + " ms");
    }

    private void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
