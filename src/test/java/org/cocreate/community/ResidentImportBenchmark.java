package org.cocreate.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.cocreate.DemoUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * Measures an import of 5,000 rows into the demo data (run with {@code ./mvnw -Pbench verify}). It prints
 * the figure and asserts only that every row arrived: a time limit would make it flaky on a busy machine.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@Tag("bench")
@WithUserDetails(DemoUsers.SUBDISTRICT_ADMIN)
class ResidentImportBenchmark {

    private static final int ROWS = 5_000;
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰";
    private static final List<String> TAGS = List.of("", "", "", "老年人", "党员", "党员、老年人", "儿童", "志愿者");

    @Autowired
    ResidentImportService imports;
    @Autowired
    CommunityRepository communities;
    @Autowired
    ResidentRepository residents;

    @Test
    void imports5000Rows() {
        long longmen = communities.findByName("龙门街社区").orElseThrow().id();
        byte[] file = generate(new Random(5000));
        long before = residents.countByCommunityId(longmen);

        long previewStarted = System.nanoTime();
        ImportPreview preview = imports.preview(longmen, "bench.csv", new ByteArrayInputStream(file));
        long previewMs = (System.nanoTime() - previewStarted) / 1_000_000;
        assertThat(preview.problems()).isEmpty();

        var threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        int imported = imports.importResidents(longmen, "bench.csv", new ByteArrayInputStream(file));
        long ms = (System.nanoTime() - started) / 1_000_000;
        // On a shared machine the wall time depends on the neighbours; the thread's CPU time much less.
        long cpuMs = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;

        System.out.println("BENCH preview5000 ms=" + previewMs);
        System.out.println("BENCH import5000 ms=" + ms);
        System.out.println("BENCH import5000 cpu_ms=" + cpuMs);
        assertThat(imported).isEqualTo(ROWS);
        assertThat(residents.countByCommunityId(longmen) - before).isEqualTo(ROWS);
    }

    private static byte[] generate(Random random) {
        var csv = new StringBuilder("姓名,性别,出生年份,手机号,小区,楼栋,单元,房号,标签,备注\n");
        List<String> compounds = List.of("龙门小区", "文化小区", "新华小区");
        for (int i = 0; i < ROWS; i++) {
            String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                    + GIVEN.charAt(random.nextInt(GIVEN.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()));
            // 199 is a prefix the demo data never uses, so no row duplicates a registered resident.
            String phone = random.nextInt(5) == 0 ? "" : String.format("199%08d", i);
            csv.append(name).append(',').append(random.nextBoolean() ? "男" : "女").append(',')
                    .append(1935 + random.nextInt(85)).append(',').append(phone).append(',')
                    .append(compounds.get(random.nextInt(compounds.size()))).append(',')
                    .append(1 + random.nextInt(3)).append("栋,").append(1 + random.nextInt(3)).append("单元,")
                    .append(1 + random.nextInt(18)).append("0").append(1 + random.nextInt(4)).append(',')
                    .append(TAGS.get(random.nextInt(TAGS.size()))).append(",\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
