package org.cocreate;

/** The demo users (see RegisterDemoData and the README), by what the tests use them for. */
public final class DemoUsers {

    public static final String PASSWORD = "demo1234";
    /** Sub-district admin: all four communities. */
    public static final String SUBDISTRICT_ADMIN = "admin";
    /** ADMIN of 文峰塔社区 only. */
    public static final String WENFENG_ADMIN = "wenfeng_admin";
    public static final String DAIMO_WORKER = "daimo_worker";
    public static final String LONGMEN_WORKER = "longmen_worker";
    public static final String WENFENG_WORKER = "wenfeng_worker";
    /** WORKER of 舜井道社区 and 文峰塔社区. */
    public static final String GRID_WORKER = "grid_worker";
    public static final String COMMITTEE = "committee";
    public static final String COUNTER = "counter";
    public static final String SUPERVISOR = "supervisor";

    private DemoUsers() {
    }
}
