package org.cocreate.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class StartupGateTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final StartupGate.Gate gate = new StartupGate.Gate(availability);

    private MockHttpServletResponse get(String path, Locale locale) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        request.addPreferredLocale(locale);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        gate.doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            response.setStatus(200);
            response.getWriter().write("the application");
        }
        return response;
    }

    private void ready(ReadinessState state) {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
    }

    @Test
    void beforeTheSetUpHasRunNobodyReachesTheSignInButATranslatedPageThatReloadsItself() throws Exception {
        ready(ReadinessState.REFUSING_TRAFFIC);

        MockHttpServletResponse chinese = get("/login", Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese.getStatus()).isEqualTo(503);
        assertThat(chinese.getHeader("Retry-After")).isEqualTo("3");
        assertThat(chinese.getHeader("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(chinese.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(chinese.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("<html lang=\"zh-CN\">", "共同缔造正在启动", "http-equiv=\"refresh\"")
                .doesNotContain("the application", "<script");

        MockHttpServletResponse english = get("/login", Locale.ENGLISH);
        assertThat(english.getStatus()).isEqualTo(503);
        assertThat(english.getContentAsString()).contains("<html lang=\"en\">", "CoCreate is starting");
    }

    @Test
    void onceTheApplicationIsReadyEveryRequestGoesThroughAndStaysSo() throws Exception {
        ready(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(get("/login", Locale.SIMPLIFIED_CHINESE).getContentAsString()).isEqualTo("the application");

        // Shutting down later does not shut the door on the screens still open.
        ready(ReadinessState.REFUSING_TRAFFIC);
        assertThat(get("/", Locale.ENGLISH).getStatus()).isEqualTo(200);
    }
}
