package org.cocreate.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.cocreate.Application;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A new sub-district's first day, as its admin meets it on the production profile, with no demo data: the
 * operator started the server with the sub-district's name and a set-up password; the admin signs in with it,
 * must choose an own password first (a bad one is refused in Chinese), is led from "no community yet" to
 * creating the first one, and finds the new community's set-up checklist on the workbench. The same on the
 * embedded H2 and on a real PostgreSQL, each a fresh empty database.
 */
class FirstRunJourneyIT extends ChromiumJourney {

    private static final String SETUP_PASSWORD = "Setup-password-2026";
    private static final String OWN_PASSWORD = "Dongcheng2026";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void aNewAdminGoesFromTheSetUpPasswordToTheFirstCommunitysChecklist(String database) throws IOException {
        try (EmbeddedPostgres postgres = database.equals("PostgreSQL") ? EmbeddedPostgres.builder().start() : null;
                ConfigurableApplicationContext server = startProduction(postgres)) {
            port = server.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            String shot = "first-run-" + database.toLowerCase() + "-";

            // The set-up password opens only the password change, whatever the admin asks for.
            signIn("admin", SETUP_PASSWORD);
            assertThat(page.locator("vaadin-vertical-layout > p").first())
                    .hasText("您的密码由管理员设置，请先设置您自己的密码。");
            page.navigate(url("communities"));
            assertThat(page.locator("h1").first()).hasText("修改密码");
            screenshot(shot + "1-password");

            Locator passwords = page.locator("vaadin-password-field input");
            passwords.nth(0).fill(SETUP_PASSWORD);
            passwords.nth(1).fill("short1");
            passwords.nth(2).fill("short1");
            page.locator("vaadin-button:has-text('保存')").click();
            assertThat(page.locator("vaadin-password-field[invalid]")).containsText("密码长度须为 8 至 64 个字符");
            passwords.nth(1).fill(OWN_PASSWORD);
            passwords.nth(2).fill(OWN_PASSWORD);
            page.locator("vaadin-button:has-text('保存')").click();

            // No community yet: a friendly page of the app's own that leads to creating the first one.
            assertThat(page.locator("[data-testid='error-title']")).hasText("还没有社区");
            assertThat(page.locator("body")).not().containsText("Exception");
            screenshot(shot + "2-no-community");
            page.locator("[data-testid='no-community-create']").click();
            page.locator("[data-testid='community-name'] input").fill("东湖社区");
            page.locator("[data-testid='community-create']").click();

            // The new community's workbench, its name in the frame at once, and the checklist from nought.
            assertThat(page.locator("[data-testid='working-community']")).containsText("东湖社区");
            assertThat(page.locator("[data-testid='workbench-setup-progress']")).hasText("已完成 0 / 6");
            assertThat(page.locator("[data-testid^='workbench-setup-']")).hasCount(7);
            screenshot(shot + "3-checklist");
            page.locator("[data-testid='workbench-setup-residents']").click();
            assertThat(page.locator("h1").first()).containsText("导入");

            // The next morning, on another tablet: the own password works, the set-up password no longer.
            context.close();
            context = newContext(768, 1024);
            page = context.newPage();
            page.navigate(url("login"));
            page.locator("vaadin-login-form input[name='username']").fill("admin");
            page.locator("vaadin-login-form input[name='password']").fill(SETUP_PASSWORD);
            page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
            assertThat(page.locator("vaadin-login-form")).containsText("用户名或密码不正确");
            signIn("admin", OWN_PASSWORD);
            assertThat(page.locator("[data-testid='workbench-setup-progress']")).hasText("已完成 0 / 6");
            screenshot(shot + "4-checklist-portrait");
        }
    }

    /** The jar's production start, as an operator runs it, on a fresh empty database of the kind asked. */
    private static ConfigurableApplicationContext startProduction(@Nullable EmbeddedPostgres postgres) {
        String url = postgres == null ? "jdbc:h2:mem:first-run;DB_CLOSE_DELAY=-1"
                : postgres.getJdbcUrl("postgres", "postgres");
        return new SpringApplicationBuilder(Application.class).profiles("prod")
                .run("--server.port=0", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + (postgres == null ? "sa" : "postgres"),
                        "--spring.datasource.password=",
                        "--cocreate.setup.subdistrict=东城街道", "--cocreate.setup.admin-password=" + SETUP_PASSWORD);
    }
}
