package org.cocreate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocreate.community.CompoundDraft;
import org.cocreate.community.Coverage;
import org.cocreate.community.OrganisationDraft;
import org.cocreate.community.OrganisationService;
import org.cocreate.community.OrganisationType;
import org.cocreate.community.RegisterService;
import org.cocreate.community.ResidentDraft;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.community.ResidentService;
import org.cocreate.security.CommunityRef;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.RunAs;
import org.cocreate.security.UserDraft;
import org.cocreate.security.UserListEntry;
import org.cocreate.security.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Calls every public method of a service with arguments that fit it (found by parameter name), inside a
 * transaction that is rolled back, so that the access and tenant tests can try everything without
 * changing the shared demo data. A parameter it does not know fails the test: a new method must be
 * given an argument here, and thereby a row in the tests.
 */
public final class ServiceCalls {

    public static final String PASSWORD = "Matrix2026pw";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** Existing things of one community, and a worker of it, to call the services with. */
    public record Fixture(long community, long compound, long building, long household, long resident,
            long organisation, long member, long user, String cardCode) {
    }

    private ServiceCalls() {
    }

    /** Collected through the services as the sub-district admin, who sees every community. */
    public static Fixture fixture(ApplicationContext context, RunAs as, String communityName, String worker) {
        var register = context.getBean(RegisterService.class);
        var residents = context.getBean(ResidentService.class);
        var organisations = context.getBean(OrganisationService.class);
        var users = context.getBean(UserService.class);
        var currentUser = context.getBean(CurrentUser.class);
        return as.get(DemoUsers.SUBDISTRICT_ADMIN, () -> {
            long community = currentUser.communities().stream().filter(c -> c.name().equals(communityName))
                    .findFirst().map(CommunityRef::id).orElseThrow();
            // A resident of the demo data, and the place they live: other tests add empty compounds.
            ResidentListEntry resident = register.compounds(community).stream()
                    .filter(c -> c.residents() > 0)
                    .flatMap(c -> residents.list(community, c.id(), "", 0, 1).stream())
                    .findFirst().orElseThrow();
            long compound = resident.household().compoundId();
            long building = resident.household().buildingId();
            var organisation = organisations.list(community).stream().filter(o -> o.members() > 0).findFirst()
                    .orElseThrow();
            long member = organisations.members(organisation.id()).getFirst().id();
            long user = users.list(worker, 0, 1).stream().map(UserListEntry::id).findFirst().orElseThrow();
            return new Fixture(community, compound, building, resident.household().id(), resident.id(),
                    organisation.id(), member, user, residents.card(resident.id()).cardCode());
        });
    }

    /** The public methods a service offers, in a stable order. */
    public static List<Method> publicMethods(Class<?> service) {
        return Arrays.stream(service.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                .sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    public static Object[] arguments(Method method, Fixture f) {
        Parameter[] parameters = method.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = argument(method, parameters[i], f);
        }
        return arguments;
    }

    private static @Nullable Object argument(Method method, Parameter parameter, Fixture f) {
        Class<?> type = parameter.getType();
        return switch (parameter.getName()) {
            case "communityId" -> f.community();
            case "compoundId" -> f.compound();
            case "buildingId" -> f.building();
            case "householdId" -> f.household();
            case "residentId" -> f.resident();
            case "organisationId" -> f.organisation();
            case "memberId" -> f.member();
            case "userId" -> f.user();
            case "cardCode" -> f.cardCode();
            case "offset" -> 0;
            case "limit" -> 10;
            case "query", "text" -> "a";
            case "name" -> "矩阵" + SEQUENCE.incrementAndGet();
            case "address" -> null;
            case "coverage" -> EnumSet.noneOf(Coverage.class);
            case "unit" -> "1单元";
            case "room" -> "101";
            case "type" -> type == org.cocreate.meeting.MeetingType.class ? org.cocreate.meeting.MeetingType.CONSULTATION
                    : OrganisationType.OTHER;
            case "position" -> "队员";
            case "draft" -> type == ResidentDraft.class ? residentDraft(f)
                    : type == org.cocreate.meeting.MeetingDraft.class ? new org.cocreate.meeting.MeetingDraft(
                            org.cocreate.meeting.MeetingType.CONSULTATION, "矩阵会议", "矩阵",
                            java.time.LocalDateTime.now(), java.time.LocalDateTime.now().plusHours(1))
                    : type == org.cocreate.meeting.ItemDraft.class ? org.cocreate.meeting.ItemDraft.topic("矩阵议题")
                    : type == org.cocreate.volunteer.SeriesDraft.class ? new org.cocreate.volunteer.SeriesDraft(
                            "矩阵定期活动", org.cocreate.volunteer.ActivityType.CLEAN_UP, "矩阵", null,
                            Set.of(java.time.DayOfWeek.SATURDAY), java.time.LocalTime.of(8, 0),
                            java.time.LocalTime.of(10, 0), LocalDate.now(), null,
                            List.of(new org.cocreate.volunteer.ShiftDraft("矩阵岗位", null, null, 5)))
                    : type == org.cocreate.volunteer.ActivityDraft.class ? new org.cocreate.volunteer.ActivityDraft(
                            "矩阵活动", org.cocreate.volunteer.ActivityType.CLEAN_UP, "矩阵", null, null, null,
                            java.time.LocalDateTime.now().plusDays(1), java.time.LocalDateTime.now().plusDays(1).plusHours(2))
                    : type == org.cocreate.volunteer.VisitDraft.class ? new org.cocreate.volunteer.VisitDraft(
                            f.resident(), List.of(), java.time.LocalDateTime.now().minusHours(1), 30,
                            Set.of(org.cocreate.volunteer.VisitCheck.GAS), null, false)
                    : type == org.cocreate.community.UnitDraft.class ? new org.cocreate.community.UnitDraft(
                            org.cocreate.base.Area.of("80.5"), false)
                    : type == org.cocreate.community.OwnerDraft.class ? new org.cocreate.community.OwnerDraft(
                            f.resident(), null, null)
                    : type == org.cocreate.assembly.AssemblyDraft.class ? new org.cocreate.assembly.AssemblyDraft(
                            f.compound(), "矩阵业主大会", LocalDate.now(), LocalDate.now().plusDays(14))
                    : type == org.cocreate.assembly.ItemDraft.class ? org.cocreate.assembly.ItemDraft.of(
                            org.cocreate.assembly.Matter.RENOVATE, "矩阵事项", null, null)
                    // The law's own shares: an allowed call leaves the compound counted as before.
                    : type == org.cocreate.assembly.CovenantDraft.class ? new org.cocreate.assembly.CovenantDraft(
                            null, java.util.Map.of())
                    : type == CompoundDraft.class
                            ? new CompoundDraft("矩阵" + SEQUENCE.incrementAndGet(), null, Set.of())
                    : type == OrganisationDraft.class
                            ? new OrganisationDraft(OrganisationType.OTHER, "矩阵" + SEQUENCE.incrementAndGet(), null)
                    : type == org.cocreate.proposal.ExecutionDraft.class ? new org.cocreate.proposal.ExecutionDraft(
                            f.organisation(), org.cocreate.base.Money.ofYuan(1), List.of())
                    : type == org.cocreate.proposal.ProposalDraft.class ? new org.cocreate.proposal.ProposalDraft(
                            f.compound(), org.cocreate.proposal.ProposalCategory.OTHER,
                            org.cocreate.proposal.ProposalChannel.VISIT, "矩阵提议", "矩阵内容", null)
                    : type == org.cocreate.exchange.ItemDraft.class ? new org.cocreate.exchange.ItemDraft(
                            org.cocreate.exchange.ItemKind.GOODS, "矩阵物品" + SEQUENCE.incrementAndGet(), "袋",
                            org.cocreate.points.Points.of(1), null, 0, true)
                    : userDraft(f);
            // Exchange: ids that do not exist (see the points ids below).
            case "itemId", "sessionId", "redemptionId" -> -1L;
            case "picture" -> type == org.cocreate.proposal.ProposalPicture.class
                    ? new org.cocreate.proposal.ProposalPicture("image/png", new byte[] {1})
                    : new org.cocreate.exchange.Picture("image/png", new byte[] {1});
            case "quantity", "counted" -> 1;
            case "sponsor" -> null;
            case "place" -> "矩阵";
            case "offer" -> List.of(new org.cocreate.exchange.OfferedItem(-1L, null, 0, null));
            case "counts" -> List.of();
            case "temporaryPassword", "newPassword", "password" -> PASSWORD;
            case "currentPassword" -> DemoUsers.PASSWORD;
            case "languageTag" -> "zh-CN";
            case "usernames" -> List.of(DemoUsers.WENFENG_ADMIN);
            case "since" -> LocalDate.now().minusDays(1);
            case "username" -> "matrix" + SEQUENCE.incrementAndGet();
            case "creator" -> DemoUsers.WENFENG_WORKER;
            case "displayName" -> "矩阵用户";
            case "roles" -> Set.of(Role.WORKER);
            case "communityIds" -> Set.of(f.community());
            case "subdistrictId" -> null;
            case "mustChange" -> true;
            // Points: ids that do not exist, so that an allowed call ends in a NotFoundException (a refusal of
            // the feature) and changes nothing; a refused role never gets that far.
            case "standardId", "ruleId", "entryId" -> -1L;
            case "command" -> type == org.cocreate.exchange.RedeemCommand.class
                    ? new org.cocreate.exchange.RedeemCommand(-1L, f.resident(),
                            List.of(new org.cocreate.exchange.BasketLine(-1L, 1)), "matrix-" + SEQUENCE.incrementAndGet(),
                            null)
                    : type == org.cocreate.points.BulkGrantCommand.class
                    ? new org.cocreate.points.BulkGrantCommand(List.of(f.resident()), -1L, 1, LocalDate.now(), null,
                            "matrix-" + SEQUENCE.incrementAndGet(), null)
                    : new org.cocreate.points.GrantCommand(f.resident(), -1L, 1, LocalDate.now(), null,
                            "matrix-" + SEQUENCE.incrementAndGet());
            case "grantId" -> -1L;
            case "onBehalfOf" -> "矩阵居民";
            // Unchanged defaults: an allowed call changes nothing that other tests see.
            case "changed" -> org.cocreate.points.CommunityPointsSettings.defaults();
            case "rule" -> type == org.cocreate.meeting.MeetingRule.class ? org.cocreate.meeting.MeetingRule.DEFAULT
                    : new org.cocreate.points.RuleDraft(org.cocreate.points.RuleCategory.ENVIRONMENT,
                    "矩阵规则", null, org.cocreate.points.Points.of(1), false, null, null, false, false, null);
            case "title" -> "矩阵标准" + SEQUENCE.incrementAndGet();
            case "date", "from", "to" -> type == org.cocreate.proposal.ProposalStatus.class
                    ? org.cocreate.proposal.ProposalStatus.UNDER_DISCUSSION
                    : type == java.time.LocalDateTime.class ? java.time.LocalDateTime.now() : LocalDate.now();
            case "effectiveFrom" -> LocalDate.now().plusYears(5);
            case "note", "reason" -> "矩阵";
            case "points" -> org.cocreate.points.Points.of(1);
            case "period" -> org.cocreate.points.LeaderboardPeriod.month(java.time.YearMonth.now());
            case "month" -> java.time.YearMonth.now();
            case "idempotencyKey" -> "matrix-" + SEQUENCE.incrementAndGet();
            case "fileName" -> "residents.csv";
            case "content" -> new java.io.ByteArrayInputStream(("姓名,性别,出生年份,手机号,小区,楼栋,单元,房号,标签,备注\n"
                    + "矩阵导入" + SEQUENCE.incrementAndGet() + ",女,1980,,,,,,,\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            // The audit trail: a line that names the matrix, of no community (it is written, then rolled back).
            case "action" -> "MATRIX_CALL";
            case "targetType" -> "matrix";
            case "targetId", "before", "after", "detail", "actor" -> null;
            case "device" -> org.cocreate.base.DeviceInfo.UNKNOWN;
            case "communities" -> List.of(f.community());
            case "search" -> new org.cocreate.base.AuditSearch(List.of(f.community()),
                    java.time.LocalDateTime.now().minusDays(1), org.cocreate.base.AuditSearch.END, Set.of(), "",
                    Set.of(), "");
            case "filter" -> type == org.cocreate.proposal.ProposalFilter.class ? org.cocreate.proposal.ProposalFilter.all()
                    : org.cocreate.security.AuditFilter.since(LocalDate.now().minusDays(1));
            case "proposalId", "intoId", "photoId" -> -1L;
            case "exceptId", "comment", "photo" -> null;
            case "verdict" -> org.cocreate.proposal.Verdict.SATISFIED;
            case "answer" -> "矩阵答复";
            case "publish" -> false;
            case "category" -> org.cocreate.proposal.ProposalCategory.OTHER;
            case "occasion" -> org.cocreate.points.RuleOccasion.PROPOSAL_ADOPTED;
            // Meetings: ids that do not exist (an allowed call ends in a NotFoundException), a token that is none.
            case "meetingId" -> -1L;
            // Volunteer rosters: ids that do not exist, an activity of tomorrow with one shift.
            case "shiftId", "activityId", "seriesId", "teamId" -> -1L;
            // Owners' assemblies and the units of the register: ids that do not exist.
            case "assemblyId", "unitId", "ownerId" -> -1L;
            case "votes" -> List.of();
            case "unitIds" -> List.of(-1L);
            case "attachmentId" -> -1L;
            case "upload" -> new org.cocreate.assembly.AttachmentUpload("矩阵.pdf", new byte[] {0x25, 0x50, 0x44, 0x46});
            case "skills" -> Set.of(org.cocreate.volunteer.VolunteerSkill.DOCTOR);
            case "skill" -> org.cocreate.volunteer.VolunteerSkill.DOCTOR;
            case "until" -> LocalDate.now().plusWeeks(10);
            // Service visits: a visit that does not exist; the interval as it is by default (rolled back anyway).
            case "visitId" -> -1L;
            case "days" -> 30;
            case "waitIfFull" -> false;
            case "minutes" -> 60;
            case "day" -> LocalDate.now();
            case "shiftDrafts" -> List.of(new org.cocreate.volunteer.ShiftDraft("矩阵岗位", null, null, 5));
            case "residentIds" -> List.of(f.resident());
            case "choice" -> org.cocreate.meeting.VoteChoice.FOR;
            case "way" -> org.cocreate.meeting.VoteWay.HAND;
            case "token" -> "matrix";
            case "notes" -> null;
            case "decision" -> type == org.cocreate.meeting.ItemDecision.class
                    ? org.cocreate.meeting.ItemDecision.of("矩阵决定") : "矩阵决定";
            default -> throw new AssertionError("No argument for parameter \"" + parameter.getName() + "\" of "
                    + method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + ": add one to ServiceCalls (and the method to the access matrix)");
        };
    }

    private static ResidentDraft residentDraft(Fixture f) {
        return new ResidentDraft("矩阵居民" + SEQUENCE.incrementAndGet(), null, null,
                "139" + String.format("%08d", SEQUENCE.incrementAndGet()), f.household(), null, Set.of());
    }

    private static UserDraft userDraft(Fixture f) {
        return new UserDraft("matrix" + SEQUENCE.incrementAndGet(), "矩阵用户", Set.of(Role.WORKER),
                Set.of(f.community()), false, true, PASSWORD);
    }

    /** Invokes the method in a transaction that is always rolled back; returns what it threw, or null. */
    public static @Nullable Throwable invoke(TransactionTemplate transaction, Object bean, Method method,
            Object[] arguments) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            try {
                method.invoke(bean, arguments);
                return null;
            } catch (InvocationTargetException e) {
                return e.getCause();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
