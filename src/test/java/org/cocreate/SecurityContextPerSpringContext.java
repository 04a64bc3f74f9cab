package org.cocreate;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Every application context that starts installs Vaadin's security-context strategy, a new instance
 * with a thread-local of its own, as the JVM-wide one, while the method security of each context keeps
 * the instance it was built with. So once the tests have started a second context (a web server on a
 * random port, a production start), a test running on an earlier, cached context would sign in on one
 * thread-local and be checked against another. Before each test this selects the strategy of the test's
 * own context. Registered for all Spring tests in META-INF/spring.factories; runs before the listener
 * that applies @WithUserDetails.
 */
public class SecurityContextPerSpringContext extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            useStrategyOf(testContext);
        }
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
