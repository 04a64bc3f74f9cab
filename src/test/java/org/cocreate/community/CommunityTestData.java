package org.cocreate.community;

import org.springframework.stereotype.Component;

/**
 * The register's test fixture, used by the tests of every feature: the demo communities by name (the
 * demo data loads them into every test database). Other features' fixtures (PointsTestData,
 * ExchangeTestData) build on it rather than look communities up themselves.
 */
@Component
public class CommunityTestData {

    public static final String WENFENG = "文峰塔社区";
    public static final String DAIMOGE = "带谟阁社区";
    public static final String LONGMEN = "龙门街社区";
    public static final String SHUNJING = "舜井道社区";

    private final RegisterDirectory register;

    CommunityTestData(RegisterDirectory register) {
        this.register = register;
    }

    /** The id of a community of the demo data, by its name. */
    public long community(String name) {
        return register.communityNamed(name).orElseThrow(() -> new AssertionError("no community " + name));
    }

    public long wenfeng() {
        return community(WENFENG);
    }
}
