package org.cocreate.security;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceCalls;
import org.cocreate.ServiceTest;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.RefusedException;
import org.cocreate.community.CommunityService;
import org.cocreate.community.OrganisationService;
import org.cocreate.community.ResidentImportService;
import org.cocreate.community.RegisterService;
import org.cocreate.community.ResidentService;
import org.cocreate.exchange.CatalogueService;
import org.cocreate.exchange.RedemptionService;
import org.cocreate.points.GrantReviewService;
import org.cocreate.points.GrantService;
import org.cocreate.points.LeaderboardService;
import org.cocreate.points.PointsService;
import org.cocreate.points.PointsSettingsService;
import org.cocreate.points.ScoringStandardService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may call what: every public method of the checked services, called by each role, must be allowed
 * or refused with an AccessDeniedException exactly as this table says. The services are found by
 * themselves (every {@code @Service} of the application), so a new service or a new public method
 * without a row fails the build. Each call runs in a
 * transaction that is rolled back, with arguments of the caller's own community, so that a refusal can
 * only come from the role check (the tenant check has a test of its own).
 */
@ServiceTest
class ServiceAccessMatrixTest {

    /** A caller: a demo user of each role, the sub-district admin, and an anonymous visitor. */
    enum Caller {
        SUBDISTRICT_ADMIN(DemoUsers.SUBDISTRICT_ADMIN, "文峰塔社区", DemoUsers.WENFENG_WORKER),
        ADMIN(DemoUsers.WENFENG_ADMIN, "文峰塔社区", DemoUsers.WENFENG_WORKER),
        WORKER(DemoUsers.WENFENG_WORKER, "文峰塔社区", DemoUsers.WENFENG_WORKER),
        COMMITTEE(DemoUsers.COMMITTEE, "带谟阁社区", DemoUsers.DAIMO_WORKER),
        COUNTER(DemoUsers.COUNTER, "文峰塔社区", DemoUsers.WENFENG_WORKER),
        SUPERVISOR(DemoUsers.SUPERVISOR, "文峰塔社区", DemoUsers.WENFENG_WORKER),
        ANONYMOUS(null, "文峰塔社区", DemoUsers.WENFENG_WORKER);

        final @Nullable String username;
        final String community;
        final String workerOfCommunity;

        Caller(@Nullable String username, String community, String workerOfCommunity) {
            this.username = username;
            this.community = community;
            this.workerOfCommunity = workerOfCommunity;
        }
    }

    private static final Set<Caller> ADMINS = EnumSet.of(Caller.SUBDISTRICT_ADMIN, Caller.ADMIN);
    private static final Set<Caller> STAFF = EnumSet.of(Caller.SUBDISTRICT_ADMIN, Caller.ADMIN, Caller.WORKER);
    private static final Set<Caller> READ_RESIDENTS = EnumSet.of(Caller.SUBDISTRICT_ADMIN, Caller.ADMIN,
            Caller.WORKER, Caller.COUNTER);
    private static final Set<Caller> READ_POINTS = EnumSet.of(Caller.SUBDISTRICT_ADMIN, Caller.ADMIN,
            Caller.WORKER, Caller.COUNTER, Caller.SUPERVISOR);
    /** Proposals: the staff, the committee who vote on them, the supervisors. */
    private static final Set<Caller> READ_PROPOSALS = EnumSet.of(Caller.SUBDISTRICT_ADMIN, Caller.ADMIN,
            Caller.WORKER, Caller.COMMITTEE, Caller.SUPERVISOR);
    private static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    private static final Set<Caller> EVERYBODY = EnumSet.allOf(Caller.class);
    /** Set-up only: refused to everybody in a security context, even anonymous (see UserService). */
    private static final Set<Caller> NOBODY = EnumSet.noneOf(Caller.class);

    /** The matrix: service → public method → who may call it. */
    static final Map<Class<?>, Map<String, Set<Caller>>> MATRIX = Map.ofEntries(
            entry(org.cocreate.meeting.MeetingService.class, Map.ofEntries(
                    entry("rule", READ_PROPOSALS), entry("setRule", ADMINS), entry("schedule", STAFF),
                    entry("meetings", READ_PROPOSALS), entry("get", READ_PROPOSALS), entry("open", STAFF),
                    entry("close", STAFF), entry("invite", STAFF), entry("members", READ_PROPOSALS),
                    entry("checkIn", STAFF), entry("checkInGuest", STAFF), entry("undoCheckIn", STAFF),
                    entry("quorum", READ_PROPOSALS), entry("issueBallot", STAFF), entry("revokeBallot", STAFF),
                    entry("addItem", STAFF), entry("items", READ_PROPOSALS), entry("setNotes", STAFF))),
            entry(org.cocreate.meeting.MinutesService.class, Map.ofEntries(
                    entry("minutes", READ_PROPOSALS), entry("publish", STAFF), entry("publicDecisions", EVERYBODY))),
            entry(org.cocreate.meeting.VotingService.class, Map.ofEntries(
                    entry("openVote", STAFF), entry("vote", STAFF), entry("votes", READ_PROPOSALS),
                    entry("closeItem", STAFF), entry("attendanceOffer", STAFF),
                    // A member's phone, without an account: the token is the key (refused when not valid).
                    entry("ballot", EVERYBODY), entry("castBallot", EVERYBODY))),
            entry(org.cocreate.volunteer.RecurrenceService.class, Map.ofEntries(
                    entry("createSeries", STAFF), entry("changeSeries", STAFF), entry("extendSeries", STAFF),
                    entry("seriesOf", READ_PROPOSALS))),
            entry(org.cocreate.volunteer.RosterService.class, Map.ofEntries(
                    entry("createActivity", STAFF), entry("activity", READ_PROPOSALS),
                    entry("activitiesOn", READ_PROPOSALS), entry("activitiesBetween", READ_PROPOSALS), entry("signUp", STAFF), entry("cancel", STAFF),
                    entry("checkIn", STAFF), entry("checkOut", STAFF), entry("undoCheckIn", STAFF),
                    entry("roster", READ_PROPOSALS), entry("correctHours", STAFF),
                    entry("closeActivity", STAFF), entry("serviceRecord", READ_PROPOSALS))),
            entry(org.cocreate.community.PropertyService.class, Map.ofEntries(
                    entry("units", SIGNED_IN), entry("totals", SIGNED_IN), entry("setUnit", STAFF),
                    entry("addOwner", STAFF), entry("removeOwner", STAFF))),
            // The property register (房产清册): the staff import it (a bad file is refused, nothing changes).
            entry(org.cocreate.community.PropertyImportService.class, Map.ofEntries(
                    entry("template", STAFF), entry("preview", STAFF), entry("importUnits", STAFF))),
            entry(org.cocreate.assembly.AssemblyService.class, Map.ofEntries(
                    entry("create", STAFF), entry("addItem", STAFF), entry("open", ADMINS), entry("close", ADMINS),
                    entry("assemblies", READ_PROPOSALS), entry("assembly", READ_PROPOSALS),
                    entry("participation", READ_PROPOSALS), entry("toVisit", READ_PROPOSALS),
                    entry("units", READ_PROPOSALS), entry("rule", READ_PROPOSALS), entry("owners", READ_PROPOSALS),
                    entry("results", READ_PROPOSALS), entry("announcements", EVERYBODY))),
            // A compound's covenant decides what counts: every reader sees it, only an admin sets it.
            // The papers of an item: the staff add them while prepared; an owner's phone reads them by the link.
            entry(org.cocreate.assembly.ItemAttachmentService.class, Map.ofEntries(
                    entry("attach", STAFF), entry("remove", STAFF), entry("attachments", READ_PROPOSALS),
                    entry("content", READ_PROPOSALS), entry("attachmentsByPhone", EVERYBODY),
                    entry("contentByPhone", EVERYBODY))),
            entry(org.cocreate.assembly.CovenantService.class, Map.ofEntries(
                    entry("covenant", READ_PROPOSALS), entry("setCovenant", ADMINS))),
            entry(org.cocreate.assembly.BallotService.class, Map.ofEntries(
                    entry("recordWritten", STAFF), entry("recordAtMeeting", STAFF), entry("paper", READ_PROPOSALS), entry("ballotOf", READ_PROPOSALS),
                    entry("phoneToken", STAFF),
                    // An owner's phone, without an account: the unit's token is the key.
                    entry("phoneBallot", EVERYBODY), entry("castByPhone", EVERYBODY))),
            entry(org.cocreate.volunteer.TeamService.class, Map.ofEntries(
                    entry("teams", READ_PROPOSALS), entry("team", READ_PROPOSALS), entry("setLeader", STAFF),
                    entry("skills", READ_PROPOSALS), entry("setSkills", STAFF), entry("withSkill", READ_PROPOSALS),
                    entry("summary", READ_PROPOSALS))),
            entry(org.cocreate.volunteer.AttendanceGrantService.class, Map.ofEntries(
                    entry("proposal", STAFF), entry("submit", STAFF), entry("regrant", STAFF))),
            entry(org.cocreate.volunteer.VisitService.class, Map.ofEntries(
                    entry("record", STAFF), entry("visitsOf", READ_PROPOSALS), entry("recentVisits", READ_PROPOSALS),
                    entry("openFollowUps", READ_PROPOSALS), entry("closeFollowUp", STAFF),
                    entry("overdue", READ_PROPOSALS), entry("intervalDays", READ_PROPOSALS),
                    entry("setIntervalDays", ADMINS), entry("grantRule", STAFF))),
            entry(org.cocreate.proposal.ProposalExecutionService.class, Map.ofEntries(
                    entry("setExecution", STAFF), entry("execution", READ_PROPOSALS), entry("evaluate", STAFF),
                    entry("closeEvaluation", STAFF), entry("reportProgress", STAFF),
                    entry("progressOf", READ_PROPOSALS))),
            entry(org.cocreate.proposal.ProposalService.class, Map.ofEntries(
                    entry("submit", STAFF), entry("addSupporter", STAFF), entry("addPhoto", STAFF),
                    entry("changeStatus", STAFF), entry("publishAnswer", STAFF), entry("merge", STAFF),
                    entry("board", READ_PROPOSALS), entry("get", READ_PROPOSALS), entry("historyOf", READ_PROPOSALS),
                    entry("supportersOf", READ_PROPOSALS), entry("photoIds", READ_PROPOSALS),
                    entry("photo", READ_PROPOSALS), entry("likelyDuplicates", READ_PROPOSALS),
                    entry("grantOffer", STAFF), entry("publicProposals", EVERYBODY),
                    entry("publicPhoto", EVERYBODY))),
            entry(UserService.class, Map.ofEntries(
                    entry("list", ADMINS), entry("count", ADMINS), entry("load", ADMINS), entry("create", ADMINS),
                    entry("rolesHeldIn", ADMINS),
                    entry("update", ADMINS), entry("resetPassword", ADMINS), entry("assignableCommunities", ADMINS),
                    entry("changeOwnPassword", SIGNED_IN), entry("mustChangePassword", SIGNED_IN),
                    entry("setOwnLocale", SIGNED_IN), entry("displayNames", SIGNED_IN), entry("createInitialUser", NOBODY),
                    // Says only whether the installation has been set up; needed before anybody can sign in.
                    entry("anyUserExists", EVERYBODY))),
            entry(FourEyes.class, Map.ofEntries(
                    entry("requireIndependentOf", SIGNED_IN), entry("independentOf", SIGNED_IN))),
            entry(LoginHoldService.class, Map.ofEntries(
                    entry("held", ADMINS), entry("unlock", ADMINS),
                    entry("unlockAddress", EnumSet.of(Caller.SUBDISTRICT_ADMIN)))),
            entry(RegisterService.class, Map.ofEntries(
                    entry("communityName", SIGNED_IN), entry("compounds", SIGNED_IN), entry("buildings", SIGNED_IN),
                    entry("createCompound", ADMINS), entry("updateCompound", ADMINS),
                    entry("createBuilding", ADMINS), entry("renameBuilding", ADMINS),
                    entry("households", READ_RESIDENTS), entry("householdEntry", READ_RESIDENTS),
                    entry("household", STAFF))),
            entry(ResidentService.class, Map.ofEntries(
                    entry("search", READ_RESIDENTS), entry("list", READ_RESIDENTS), entry("count", READ_RESIDENTS),
                    entry("get", READ_RESIDENTS), entry("findByCard", READ_RESIDENTS),
                    entry("householdMembers", READ_RESIDENTS),
                    entry("edit", STAFF), entry("register", STAFF), entry("update", STAFF),
                    entry("reissueCard", STAFF), entry("card", STAFF))),
            entry(OrganisationService.class, Map.ofEntries(
                    entry("list", SIGNED_IN), entry("members", SIGNED_IN),
                    entry("create", STAFF), entry("update", STAFF), entry("addMember", STAFF),
                    entry("removeMember", STAFF), entry("changePosition", STAFF))),
            entry(ResidentImportService.class, Map.ofEntries(
                    entry("template", ADMINS), entry("preview", ADMINS), entry("importResidents", ADMINS))),
            entry(AuditLogService.class, Map.ofEntries(
                    entry("list", ADMINS), entry("export", ADMINS))),
            entry(PointsService.class, Map.ofEntries(
                    entry("balance", READ_POINTS), entry("statement", READ_POINTS),
                    entry("reverse", STAFF),
                    entry("debit", READ_RESIDENTS),
                    entry("ledgerCheck", ADMINS), entry("householdBalances", READ_POINTS),
                    entry("accountHolder", READ_POINTS), entry("ledgerSize", ADMINS),
                    // The community's month in figures (the workbench): every role that reads the standard.
                    entry("monthTotals", SIGNED_IN))),
            entry(GrantService.class, Map.ofEntries(
                    entry("grant", STAFF), entry("bulkGrant", STAFF), entry("capsUsed", STAFF),
                    entry("takeBack", STAFF))),
            entry(ScoringStandardService.class, Map.ofEntries(
                    entry("standards", SIGNED_IN), entry("rules", SIGNED_IN), entry("inEffect", SIGNED_IN),
                    entry("rulesInEffectByUse", SIGNED_IN), entry("ruleFor", SIGNED_IN),
                    entry("draft", STAFF), entry("addRule", STAFF), entry("updateRule", STAFF),
                    entry("adopt", ADMINS))),
            entry(PointsSettingsService.class, Map.ofEntries(
                    entry("settings", SIGNED_IN), entry("update", ADMINS))),
            entry(GrantReviewService.class, Map.ofEntries(
                    entry("approvalQueue", STAFF), entry("approvalCount", READ_POINTS), entry("reviewCounts", READ_POINTS),
                    entry("approve", ADMINS),
                    entry("reject", ADMINS), entry("notices", READ_POINTS), entry("decided", READ_POINTS),
                    // The public notice board (公示): anybody, signed in or not; names are masked.
                    entry("publicNotices", EVERYBODY),
                    entry("object", EnumSet.of(Caller.SUBDISTRICT_ADMIN, Caller.ADMIN, Caller.WORKER,
                            Caller.SUPERVISOR)),
                    entry("uphold", ADMINS), entry("dismiss", ADMINS), entry("photo", READ_POINTS),
                    entry("openGrants", READ_POINTS))),
            entry(LeaderboardService.class, Map.ofEntries(
                    entry("leaderboard", SIGNED_IN),
                    // The public points page: open to anybody, masked names only.
                    entry("publicLeaderboard", EVERYBODY), entry("publicCommunities", EVERYBODY))),
            entry(CatalogueService.class, Map.ofEntries(
                    entry("catalogue", READ_POINTS), entry("picture", READ_POINTS), entry("movements", READ_POINTS),
                    entry("stockCheck", READ_POINTS), entry("sponsorReport", READ_POINTS),
                    entry("createItem", STAFF), entry("updateItem", STAFF), entry("setPicture", STAFF),
                    entry("receive", STAFF), entry("stocktake", STAFF), entry("writeOff", STAFF))),
            entry(RedemptionService.class, Map.ofEntries(
                    entry("sessions", READ_POINTS), entry("session", READ_POINTS),
                    entry("receipts", READ_POINTS), entry("report", READ_POINTS),
                    entry("openSession", STAFF), entry("closeSession", STAFF), entry("voidRedemption", STAFF),
                    // The counter: staff and the counter volunteers.
                    entry("atCounter", READ_RESIDENTS), entry("redeem", READ_RESIDENTS))),
            entry(AuditTrail.class, Map.ofEntries(
                    // Written by the services, which carry the guard, and by jobs and the first start (nobody).
                    entry("record", EVERYBODY), entry("recordAlone", EVERYBODY), entry("recordRefusal", EVERYBODY),
                    // Read through AuditLogService, which narrows the lines to the admin's communities.
                    entry("find", ADMINS), entry("search", ADMINS), entry("count", ADMINS))),
            entry(CommunityService.class, Map.ofEntries(
                    entry("list", ADMINS), entry("mayCreate", ADMINS),
                    entry("createCommunity", EnumSet.of(Caller.SUBDISTRICT_ADMIN)))));

    private static final Map<String, ServiceCalls.Fixture> FIXTURES = new HashMap<>();

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void collectFixturesOnce() {
        for (Caller caller : Caller.values()) {
            FIXTURES.computeIfAbsent(caller.community,
                    name -> ServiceCalls.fixture(context, new RunAs(userDetails), name, caller.workerOfCommunity));
        }
    }

    /** Every {@code @Service} class of the application, found on the class path, by name. */
    static List<Class<?>> services() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        return scanner.findCandidateComponents("org.cocreate").stream()
                .<Class<?>>map(bean -> ClassUtils.resolveClassName(java.util.Objects.requireNonNull(bean.getBeanClassName()),
                        ServiceAccessMatrixTest.class.getClassLoader()))
                .sorted((a, b) -> a.getSimpleName().compareTo(b.getSimpleName()))
                .toList();
    }

    static Stream<Arguments> calls() {
        return services().stream()
                .flatMap(service -> ServiceCalls.publicMethods(service).stream())
                .flatMap(method -> Arrays.stream(Caller.values())
                        .map(caller -> Arguments.of(method.getDeclaringClass().getSimpleName() + "."
                                + method.getName(), caller, method)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("calls")
    void eachCallerIsAllowedOrRefusedAsTheMatrixSays(String call, Caller caller, Method method) {
        Set<Caller> allowed = MATRIX.getOrDefault(method.getDeclaringClass(), Map.of()).get(method.getName());
        assertThat(allowed).as("%s is missing from the access matrix", call).isNotNull();

        Object service = context.getBean(method.getDeclaringClass());
        Object[] arguments = ServiceCalls.arguments(method, FIXTURES.get(caller.community));
        Throwable outcome = as(caller, () -> ServiceCalls.invoke(transaction, service, method, arguments));

        if (allowed.contains(caller)) {
            // Allowed: it ran, or a rule of the feature said no (a duplicate name ...), never an access denial.
            assertThat(outcome).as("%s must be allowed for %s", call, caller)
                    .satisfiesAnyOf(t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(RefusedException.class));
        } else {
            assertThat(outcome).as("%s must be refused to %s", call, caller)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theServicesFoundAreThoseOfTheApplicationContext() {
        Set<Class<?>> beans = new java.util.HashSet<>();
        context.getBeansWithAnnotation(Service.class).values().stream().map(AopUtils::getTargetClass)
                .filter(type -> type.getPackageName().startsWith("org.cocreate")).forEach(beans::add);
        assertThat(services()).containsExactlyInAnyOrderElementsOf(beans);
    }

    @Test
    void everyServiceWithPublicMethodsHasRowsForEachAndEveryRowAMethod() {
        List<Class<?>> withPublicMethods = services().stream()
                .filter(service -> !ServiceCalls.publicMethods(service).isEmpty()).toList();
        assertThat(MATRIX.keySet()).as("services in the access matrix")
                .containsExactlyInAnyOrderElementsOf(withPublicMethods);
        MATRIX.forEach((service, rows) -> {
            List<String> methods = ServiceCalls.publicMethods(service).stream().map(Method::getName).toList();
            assertThat(methods).as("overloaded public methods of %s: give them distinct names or extend the matrix",
                    service.getSimpleName()).doesNotHaveDuplicates();
            assertThat(rows.keySet()).as("rows of %s", service.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(methods);
        });
    }

    private @Nullable Throwable as(Caller caller, java.util.function.Supplier<@Nullable Throwable> call) {
        if (caller.username != null) {
            return new RunAs(userDetails).get(caller.username, call);
        }
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(new AnonymousAuthenticationToken("anonymous",
                "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
