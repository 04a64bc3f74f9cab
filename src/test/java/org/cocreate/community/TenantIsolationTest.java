package org.cocreate.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceCalls;
import org.cocreate.ServiceTest;
import org.cocreate.base.NotFoundException;
import org.cocreate.security.Role;
import org.cocreate.security.RunAs;
import org.cocreate.security.UserService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant check: staff of 龙门街社区 reach nothing of 文峰塔社区 (residents, compounds, buildings,
 * households, organisations, members, cards) through any method of the register's services; it looks
 * like it does not exist (NotFoundException) or, for an explicit community, is denied. The sub-district
 * admin reaches all of it with the very same calls.
 */
@ServiceTest
class TenantIsolationTest {

    /** An admin of 龙门街 only, so that admin-only methods are tried past their role check too. */
    static final String LONGMEN_ADMIN = "longmen_admin_iso";

    private static ServiceCalls.@Nullable Fixture wenfeng;
    private static ServiceCalls.@Nullable Fixture longmen;

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    RegisterService register;
    @Autowired
    ResidentService residents;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ResidentRepository residentRepository;
    @Autowired
    OrganisationRepository organisationRepository;

    RunAs as;

    @BeforeAll
    static void createALongmenAdmin(@Autowired UserService users, @Autowired CommunityRepository communities) {
        long longmenId = communities.findByName("龙门街社区").orElseThrow().id();
        RunAs.nobody(() -> users.createInitialUser(LONGMEN_ADMIN, "龙门街管理员", DemoUsers.PASSWORD,
                Set.of(Role.ADMIN), Set.of(longmenId), null, false));
    }

    @BeforeEach
    void setUp() {
        as = new RunAs(userDetails);
        if (wenfeng == null) {
            wenfeng = ServiceCalls.fixture(context, as, "文峰塔社区", DemoUsers.WENFENG_WORKER);
            longmen = ServiceCalls.fixture(context, as, "龙门街社区", DemoUsers.LONGMEN_WORKER);
        }
    }

    static Stream<Arguments> registerCalls() {
        return Stream.of(RegisterService.class, ResidentService.class, OrganisationService.class)
                .flatMap(service -> ServiceCalls.publicMethods(service).stream())
                .flatMap(method -> Stream.of(DemoUsers.LONGMEN_WORKER, LONGMEN_ADMIN)
                        .map(user -> Arguments.of(method.getDeclaringClass().getSimpleName() + "." + method.getName(),
                                user, method)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("registerCalls")
    void staffOfAnotherCommunityReachNothingWhileTheSubdistrictAdminReachesIt(String call, String user,
            Method method) {
        Object service = context.getBean(method.getDeclaringClass());
        Object[] arguments = ServiceCalls.arguments(method, wenfeng);

        if (method.getName().equals("findByCard")) {
            // A search: a card of another community finds nobody, like a card that does not exist.
            assertThat(as.get(user, () -> residents.findByCard(wenfeng.cardCode()))).as(call).isEmpty();
            assertThat(as.get(DemoUsers.SUBDISTRICT_ADMIN, () -> residents.findByCard(wenfeng.cardCode())))
                    .isPresent();
            return;
        }
        Throwable refused = as.get(user, () -> ServiceCalls.invoke(transaction, service, method, arguments));
        assertThat(refused).as("%s by %s with data of 文峰塔", call, user)
                .isInstanceOfAny(NotFoundException.class, AccessDeniedException.class);

        Throwable reached = as.get(DemoUsers.SUBDISTRICT_ADMIN,
                () -> ServiceCalls.invoke(transaction, service, method, ServiceCalls.arguments(method, wenfeng)));
        assertThat(reached).as("%s by the sub-district admin", call)
                .satisfiesAnyOf(t -> assertThat(t).isNull(),
                        t -> assertThat(t).isNotInstanceOfAny(NotFoundException.class, AccessDeniedException.class));
    }

    @Test
    void aRefusedChangeOfAnotherCommunitysResidentChangesNothing() {
        Resident before = residentRepository.findById(wenfeng.resident()).orElseThrow();
        var draft = ResidentDraft.of("改名企图", longmen.household());
        assertThatThrownBy(() -> as.run(DemoUsers.LONGMEN_WORKER, () -> residents.update(wenfeng.resident(), draft)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.run(DemoUsers.LONGMEN_WORKER, () -> residents.reissueCard(wenfeng.resident())))
                .isInstanceOf(NotFoundException.class);
        Resident after = residentRepository.findById(wenfeng.resident()).orElseThrow();
        assertThat(after.getName()).isEqualTo(before.getName());
        assertThat(after.getCardCode()).isEqualTo(before.getCardCode());
        Long householdAfter = transaction.execute(status -> residentRepository.findById(wenfeng.resident())
                .orElseThrow().getHousehold().id());
        assertThat(householdAfter).isEqualTo(wenfeng.household());
    }

    @Test
    void mixingAnotherCommunitysDataIntoOnesOwnIsRefused() {
        var draft = ResidentDraft.of("跨社区居民" + System.nanoTime() % 100_000, wenfeng.household());
        assertThatThrownBy(() -> as.get(DemoUsers.LONGMEN_WORKER, () -> residents.register(longmen.community(), draft)))
                .isInstanceOf(RegisterRefusedException.class);
        assertThat(residentRepository.findAll()).noneMatch(r -> r.getName().equals(draft.name()));

        assertThatThrownBy(() -> as.get(DemoUsers.LONGMEN_WORKER,
                () -> organisations.addMember(longmen.organisation(), wenfeng.resident(), "队员")))
                .isInstanceOf(RegisterRefusedException.class);
        String name = "跨社区组织" + System.nanoTime() % 100_000;
        assertThatThrownBy(() -> as.get(DemoUsers.LONGMEN_WORKER,
                () -> organisations.create(longmen.community(),
                        new OrganisationDraft(OrganisationType.OTHER, name, wenfeng.compound()))))
                .isInstanceOf(RegisterRefusedException.class);
        assertThat(organisationRepository.findAll()).noneMatch(o -> o.getName().equals(name));
    }

    @Test
    void listsOfOnesOwnCommunityHoldNothingOfAnother() {
        long wenfengId = wenfeng.community();
        List<Long> longmenResidents = as.get(DemoUsers.LONGMEN_WORKER, () -> register.compounds(longmen.community())
                .stream().flatMap(c -> residents.list(longmen.community(), c.id(), "", 0, 500).stream())
                .map(ResidentListEntry::id).toList());
        assertThat(residentRepository.findAllById(longmenResidents))
                .isNotEmpty().allSatisfy(r -> assertThat(r.getCommunityId()).isNotEqualTo(wenfengId));
        assertThat(as.get(DemoUsers.LONGMEN_WORKER, () -> organisations.list(longmen.community())))
                .extracting(OrganisationEntry::id)
                .allSatisfy(id -> assertThat(organisationRepository.findById(id).map(Organisation::getCommunityId))
                        .isEqualTo(Optional.of(longmen.community())));
    }
}
