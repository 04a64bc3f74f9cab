package org.cocreate.community;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cocreate.security.Role;
import org.cocreate.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo: 东城街道 with the four communities of the seed, their compounds, buildings, about two thousand
 * residents with plausible names, organisations with positions (陈斌 chairs the owners' committee of
 * 百货小区), and a user for every role. Loaded once into an empty database, only in the "demo" profile.
 * The random generator has a fixed seed, so every demo database holds the same people.
 */
@Component
@Profile("demo")
@Order(10)
class RegisterDemoData implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo1234";
    private static final Logger log = LoggerFactory.getLogger(RegisterDemoData.class);

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String[] GIVEN_MALE = {"伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平",
        "辉", "鹏", "华", "飞", "鑫", "波", "宇", "浩", "建国", "建华", "国强", "志强", "永刚", "海涛", "文斌", "俊杰",
        "子轩", "浩然", "宇航", "德明", "长青", "家豪", "志明", "振华", "国庆", "红军", "卫东", "解放"};
    private static final String[] GIVEN_FEMALE = {"芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀英", "桂英", "玉兰",
        "秀兰", "桂兰", "凤英", "丽娟", "海燕", "雪梅", "晓红", "春梅", "慧", "婷", "雪", "琳", "欣怡", "梓涵", "诗涵",
        "雨桐", "佳怡", "淑珍", "翠花", "美玲", "红梅", "丽华", "文静", "晓燕", "金凤", "素芬", "月娥"};

    private final CommunitySetup setup;
    private final CompoundRepository compounds;
    private final BuildingRepository buildings;
    private final HouseholdRepository households;
    private final ResidentRepository residents;
    private final ResidentSearchIndex searchIndex;
    private final OrganisationRepository organisations;
    private final OrganisationMemberRepository members;
    private final UserService users;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int residentCount;

    RegisterDemoData(CommunitySetup setup, CompoundRepository compounds, BuildingRepository buildings,
            HouseholdRepository households, ResidentRepository residents, ResidentSearchIndex searchIndex,
            OrganisationRepository organisations, OrganisationMemberRepository members, UserService users, TransactionTemplate transaction, Clock clock,
            @Value("${cocreate.demo.residents:2000}") int residentCount) {
        this.setup = setup;
        this.compounds = compounds;
        this.buildings = buildings;
        this.households = households;
        this.residents = residents;
        this.searchIndex = searchIndex;
        this.organisations = organisations;
        this.members = members;
        this.users = users;
        this.transaction = transaction;
        this.clock = clock;
        this.residentCount = residentCount;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (setup.anyCommunityExists()) {
            return;
        }
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> load());
        log.info("Demo data loaded: {} residents in {} ms", residentCount, (System.nanoTime() - started) / 1_000_000);
    }

    private void load() {
        var random = new Random(20260202L);
        long subdistrict = setup.subdistrict("东城街道");
        Map<String, List<String>> plan = new LinkedHashMap<>();
        plan.put("带谟阁社区", List.of("百货小区", "食品小区", "建设小区"));
        plan.put("龙门街社区", List.of("龙门小区", "文化小区", "新华小区"));
        plan.put("舜井道社区", List.of("楚湘小区", "柏树巷小区", "舜井小区"));
        plan.put("文峰塔社区", List.of("文峰小区", "塔湾小区", "烈山小区"));

        Map<String, Long> communityIds = new LinkedHashMap<>();
        List<Household> allHouseholds = new ArrayList<>();
        Map<Long, Long> communityOfHousehold = new java.util.HashMap<>();
        Map<String, Compound> compoundByName = new LinkedHashMap<>();
        for (var entry : plan.entrySet()) {
            long communityId = setup.community(subdistrict, entry.getKey());
            communityIds.put(entry.getKey(), communityId);
            for (String compoundName : entry.getValue()) {
                var compound = new Compound(communityId, compoundName);
                compound.setCoverage(coverageOf(entry.getKey(), compoundName, random));
                compounds.save(compound);
                compoundByName.put(compoundName, compound);
                int buildingCount = 3 + random.nextInt(4);
                for (int b = 1; b <= buildingCount; b++) {
                    var building = buildings.save(new Building(compound, b + "栋"));
                    for (int unit = 1; unit <= 2; unit++) {
                        for (int floor = 1; floor <= 6; floor++) {
                            for (int door = 1; door <= 2; door++) {
                                var household = households.save(
                                        new Household(building, unit + "单元", floor + "0" + door));
                                allHouseholds.add(household);
                                communityOfHousehold.put(household.id(), communityId);
                            }
                        }
                    }
                }
            }
        }

        LocalDateTime now = LocalDateTime.now(clock);
        int thisYear = Year.now(clock).getValue();
        Set<String> phones = new HashSet<>();
        // 陈斌 of the seed: chairman of 百货小区's owners' committee, thirty years in the compound.
        Household chenBinHome = households.findByAddress(buildings.findByCompoundAndName(
                compoundByName.get("百货小区").id(), "1栋").orElseThrow().id(), "1单元", "301").orElseThrow();
        Resident chenBin = person(chenBinHome, communityOfHousehold.get(chenBinHome.id()), "陈斌", Gender.MALE,
                1961, "13872345678", EnumSet.of(ResidentTag.PARTY_MEMBER, ResidentTag.ELDERLY,
                        ResidentTag.COMMITTEE_MEMBER, ResidentTag.BUILDING_STEWARD), now);
        phones.add("13872345678");

        List<Resident> created = new ArrayList<>(List.of(chenBin));
        for (int i = 1; i < residentCount; i++) {
            Household household = allHouseholds.get(random.nextInt(allHouseholds.size()));
            Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
            String[] given = gender == Gender.MALE ? GIVEN_MALE : GIVEN_FEMALE;
            String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + given[random.nextInt(given.length)];
            int birthYear = 1935 + random.nextInt(thisYear - 1935 - 1);
            Set<ResidentTag> tags = EnumSet.noneOf(ResidentTag.class);
            if (thisYear - birthYear >= 60) tags.add(ResidentTag.ELDERLY);
            if (thisYear - birthYear <= 14) tags.add(ResidentTag.CHILD);
            if (random.nextInt(10) == 0 && thisYear - birthYear >= 18) tags.add(ResidentTag.PARTY_MEMBER);
            if (random.nextInt(40) == 0) tags.add(ResidentTag.LOW_INCOME);
            if (random.nextInt(60) == 0) tags.add(ResidentTag.DISABLED);
            if (random.nextInt(12) == 0 && thisYear - birthYear >= 16) tags.add(ResidentTag.VOLUNTEER);
            String phone = null;
            boolean hasPhone = thisYear - birthYear >= 16 && (thisYear - birthYear < 75 || random.nextInt(3) == 0);
            if (hasPhone) {
                do {
                    phone = "1" + "3578".charAt(random.nextInt(4)) + String.format("%09d", random.nextInt(1_000_000_000));
                } while (!phones.add(phone));
            }
            created.add(person(household, communityOfHousehold.get(household.id()), name, gender, birthYear, phone,
                    tags, now));
        }

        searchIndex.addAll(created);
        organisationsFor(communityIds, compoundByName, chenBin, created, random);
        usersFor(subdistrict, communityIds);
    }

    private Resident person(Household household, long communityId, String name, Gender gender, int birthYear,
            String phone, Set<ResidentTag> tags, LocalDateTime now) {
        var resident = new Resident(communityId, household, name, CardCodes.next(), now);
        resident.update(household, name, gender, birthYear, phone, null, tags);
        return residents.save(resident);
    }

    private static Set<Coverage> coverageOf(String community, String compound, Random random) {
        if (community.equals("带谟阁社区")) {
            // The seed: every compound of 带谟阁 has reached full coverage (六个全覆盖).
            return EnumSet.allOf(Coverage.class);
        }
        Set<Coverage> covered = EnumSet.of(Coverage.PARTY_ORGANISATION, Coverage.STREET_LIGHTS);
        for (Coverage item : Coverage.values()) {
            if (random.nextInt(3) > 0) covered.add(item);
        }
        if (compound.equals("柏树巷小区")) covered.add(Coverage.RED_STATION);
        return covered;
    }

    private void organisationsFor(Map<String, Long> communityIds, Map<String, Compound> compoundByName,
            Resident chenBin, List<Resident> created, Random random) {
        Compound baihuo = compoundByName.get("百货小区");
        long daimoge = communityIds.get("带谟阁社区");
        var committee = organisations.save(new Organisation(daimoge, baihuo.id(), OrganisationType.OWNERS_COMMITTEE,
                "百货小区业主委员会"));
        members.save(new OrganisationMember(committee.id(), chenBin, "业委会主任"));
        var branch = organisations.save(new Organisation(daimoge, baihuo.id(), OrganisationType.PARTY_BRANCH,
                "百货小区功能型党支部"));
        members.save(new OrganisationMember(branch.id(), chenBin, "党员"));
        organisations.save(new Organisation(daimoge, baihuo.id(), OrganisationType.PROPERTY_MANAGEMENT,
                "百货小区物业服务中心"));
        var stewards = organisations.save(new Organisation(daimoge, baihuo.id(), OrganisationType.OTHER,
                "百货小区楼栋长队伍"));
        long longmen = communityIds.get("龙门街社区");
        var volunteers = organisations.save(new Organisation(longmen, null, OrganisationType.VOLUNTEER_TEAM,
                "龙门街新时代文明实践志愿服务队"));
        organisations.save(new Organisation(longmen, null, OrganisationType.LOCAL_INSTITUTION, "东城卫生服务中心"));
        long shunjing = communityIds.get("舜井道社区");
        organisations.save(new Organisation(shunjing, compoundByName.get("楚湘小区").id(),
                OrganisationType.OWNERS_COMMITTEE, "楚湘小区业主委员会"));
        organisations.save(new Organisation(shunjing, null, OrganisationType.LOCAL_INSTITUTION, "东城实验小学"));
        long wenfeng = communityIds.get("文峰塔社区");
        organisations.save(new Organisation(wenfeng, null, OrganisationType.PARTY_BRANCH, "文峰塔社区党委"));
        var wenfengVolunteers = organisations.save(new Organisation(wenfeng, null, OrganisationType.VOLUNTEER_TEAM,
                "文峰塔爱心志愿服务队"));

        int stewardsAdded = 0;
        Set<Long> inVolunteers = new HashSet<>();
        Set<Long> inWenfeng = new HashSet<>();
        for (Resident resident : created) {
            if (resident == chenBin) continue;
            long community = resident.getCommunityId();
            if (community == daimoge && stewardsAdded < 6
                    && resident.getHousehold().getBuilding().getCompound().id() == baihuo.id()
                    && resident.getTags().contains(ResidentTag.BUILDING_STEWARD) == false
                    && resident.getBirthYear() != null && resident.getBirthYear() < 1975) {
                members.save(new OrganisationMember(stewards.id(), resident, "楼栋长"));
                stewardsAdded++;
            } else if (community == longmen && resident.getTags().contains(ResidentTag.VOLUNTEER)
                    && inVolunteers.add(resident.id())) {
                members.save(new OrganisationMember(volunteers.id(), resident,
                        inVolunteers.size() == 1 ? "队长" : random.nextBoolean() ? "队员" : "骨干队员"));
            } else if (community == wenfeng && resident.getTags().contains(ResidentTag.VOLUNTEER)
                    && inWenfeng.add(resident.id())) {
                members.save(new OrganisationMember(wenfengVolunteers.id(), resident,
                        inWenfeng.size() == 1 ? "队长" : "队员"));
            }
        }
    }

    private void usersFor(long subdistrict, Map<String, Long> ids) {
        long daimoge = ids.get("带谟阁社区");
        long longmen = ids.get("龙门街社区");
        long shunjing = ids.get("舜井道社区");
        long wenfeng = ids.get("文峰塔社区");
        users.createInitialUser("admin", "街道管理员", DEMO_PASSWORD, Set.of(Role.ADMIN), Set.of(), subdistrict, false);
        users.createInitialUser("wenfeng_admin", "文峰塔管理员", DEMO_PASSWORD, Set.of(Role.ADMIN), Set.of(wenfeng), null,
                false);
        users.createInitialUser("daimo_worker", "带谟阁社工", DEMO_PASSWORD, Set.of(Role.WORKER), Set.of(daimoge), null,
                false);
        users.createInitialUser("longmen_worker", "龙门街社工", DEMO_PASSWORD, Set.of(Role.WORKER), Set.of(longmen), null,
                false);
        users.createInitialUser("wenfeng_worker", "文峰塔社工", DEMO_PASSWORD, Set.of(Role.WORKER), Set.of(wenfeng), null,
                false);
        users.createInitialUser("grid_worker", "网格员（两社区）", DEMO_PASSWORD, Set.of(Role.WORKER),
                Set.of(shunjing, wenfeng), null, false);
        users.createInitialUser("committee", "议事代表陈斌", DEMO_PASSWORD, Set.of(Role.COMMITTEE), Set.of(daimoge), null,
                false);
        users.createInitialUser("counter", "兑换点志愿者", DEMO_PASSWORD, Set.of(Role.COUNTER), Set.of(wenfeng), null,
                false);
        users.createInitialUser("supervisor", "居民监督员", DEMO_PASSWORD, Set.of(Role.SUPERVISOR), Set.of(wenfeng), null,
                false);
    }
}
