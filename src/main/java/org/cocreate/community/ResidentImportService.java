package org.cocreate.community;

import static org.cocreate.community.ImportRegister.key;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.persistence.EntityManager;
import org.cocreate.base.AuditTrail;
import org.cocreate.community.ImportRegister.Address;
import org.cocreate.community.SpreadsheetReader.FileProblem;
import org.cocreate.community.SpreadsheetReader.SheetRow;
import org.cocreate.security.CurrentUser;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports residents from the spreadsheets committees already keep (XLSX or CSV). The same check runs for
 * the preview and again for the import, which never trusts an earlier preview: a file with a single bad
 * row imports nothing. The register is read once per check (compounds, buildings, households, residents)
 * so that a file of thousands of rows costs a handful of queries, not one per row.
 */
@Service
public class ResidentImportService {

    public static final int MAX_ROWS = SpreadsheetReader.MAX_ROWS;
    public static final int MAX_BYTES = SpreadsheetReader.MAX_BYTES;
    static final int MIN_BIRTH_YEAR = 1900;
    static final int MAX_NAME = 50;
    static final int MAX_UNIT = 20;
    static final int MAX_NOTES = 1000;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:\\.0+)?年?");

    private final ResidentImportRepository lookups;
    private final CompoundRepository compounds;
    private final BuildingRepository buildings;
    private final HouseholdRepository households;
    private final ResidentRepository residents;
    private final ResidentSearchIndex searchIndex;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ResidentImportService(ResidentImportRepository lookups, CompoundRepository compounds,
            BuildingRepository buildings, HouseholdRepository households, ResidentRepository residents,
            ResidentSearchIndex searchIndex, EntityManager entityManager, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.lookups = lookups;
        this.compounds = compounds;
        this.buildings = buildings;
        this.households = households;
        this.residents = residents;
        this.searchIndex = searchIndex;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The XLSX template: Chinese headers, two example rows, a sheet of instructions. */
    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.ADMIN)
    public byte[] template() {
        return ResidentImportTemplate.build();
    }

    /** What importing the file would do: the rows it would import, and every bad row with its reasons. */
    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.ADMIN)
    public ImportPreview preview(long communityId, String fileName, InputStream content) {
        currentUser.requireAccess(communityId);
        return check(communityId, fileName, content).preview();
    }

    /**
     * Imports every row of the file, or nothing: the file is checked again, and a single bad row refuses
     * the whole import. Households are found or created by building, unit and room; each resident gets a
     * card code. Returns the number of residents imported.
     */
    @Transactional
    @PreAuthorize(RegisterRoles.ADMIN)
    public int importResidents(long communityId, String fileName, InputStream content) {
        currentUser.requireAccess(communityId);
        Check check = check(communityId, fileName, content);
        if (!check.preview().isClean()) {
            throw new ImportRefusedException(check.preview());
        }
        // Identity ids make every resident an insert of its own, but their tags are inserted at the flush, and
        // those batch: thousands of round trips fewer on PostgreSQL.
        entityManager.unwrap(Session.class).setJdbcBatchSize(100);
        LocalDateTime now = LocalDateTime.now(clock);
        int householdsCreated = 0;
        List<Resident> imported = new ArrayList<>();
        for (Accepted accepted : check.accepted()) {
            ImportRow row = accepted.row();
            Household household = check.register().households.get(accepted.address());
            if (household == null) {
                household = households.save(new Household(accepted.building(), row.unit(), row.room()));
                check.register().households.put(accepted.address(), household);
                householdsCreated++;
            }
            var resident = new Resident(communityId, household, row.name(), CardCodes.next(), now);
            resident.update(household, row.name(), row.gender(), row.birthYear(), row.phone(), row.notes(),
                    row.tags().isEmpty() ? EnumSet.noneOf(ResidentTag.class) : EnumSet.copyOf(row.tags()));
            imported.add(residents.save(resident));
        }
        searchIndex.addAll(imported);
        audit.record("RESIDENTS_IMPORTED", "community", communityId, communityId, null,
                "file=" + fileName + ", residents=" + imported.size() + ", householdsCreated=" + householdsCreated);
        return imported.size();
    }

    /** The file read, its columns found, then every row checked against the register and the rows before it. */
    private Check check(long communityId, String fileName, InputStream content) {
        ImportSheet<ImportColumn> sheet;
        try {
            sheet = ImportSheet.read(fileName, content, ImportColumn.class, ImportColumn.NAME);
        } catch (FileProblem problem) {
            return Check.failed(fileName, problem.problem());
        }
        return checkRows(fileName, sheet.data(), sheet.columns(),
                ImportRegister.read(communityId, compounds, buildings, lookups));
    }

    private Check checkRows(String fileName, List<SheetRow> data, Map<ImportColumn, Integer> columns,
            ImportRegister register) {
        int thisYear = Year.now(clock).getValue();
        List<ImportRow> rows = new ArrayList<>();
        List<Accepted> accepted = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        SeenInFile seen = new SeenInFile();
        for (SheetRow sheetRow : data) {
            var check = new RowCheck(sheetRow, columns);
            String name = check.name();
            Gender gender = check.gender();
            Integer birthYear = check.birthYear(thisYear);
            String phone = check.phone();
            Compound compound = check.compound(register);
            Building building = check.building(register, compound);
            String unit = check.limited(ImportColumn.UNIT, MAX_UNIT);
            String room = check.limited(ImportColumn.ROOM, MAX_UNIT);
            Set<ResidentTag> tags = check.tags();
            String notes = check.limited(ImportColumn.NOTES, MAX_NOTES);
            Address address = building == null ? null : new Address(building.id(), unit, room);
            check.duplicates(name, phone, address, register, seen);

            if (check.reasons.isEmpty() && compound != null && building != null && address != null) {
                var row = new ImportRow(sheetRow.number(), name, gender, birthYear, phone, compound.getName(),
                        building.getName(), unit, room, tags, notes.isEmpty() ? null : notes);
                rows.add(row);
                accepted.add(new Accepted(row, building, address));
            } else {
                problems.add(new ImportProblem(sheetRow.number(), check.reasons));
            }
        }
        return new Check(new ImportPreview(fileName, data.size(), rows, problems, null), accepted, register);
    }

    /** The residents of the file so far, by name and phone and by name and address, with their row numbers. */
    private static final class SeenInFile {
        final Map<String, Integer> byPhone = new HashMap<>();
        final Map<String, Integer> byAddress = new HashMap<>();
    }

    /** One row of the file, checked field by field: each step says what it found and adds its reasons. */
    private static final class RowCheck {

        private final SheetRow sheetRow;
        private final RowValues values;
        final List<ImportMessage> reasons = new ArrayList<>();

        RowCheck(SheetRow sheetRow, Map<ImportColumn, Integer> columns) {
            this.sheetRow = sheetRow;
            this.values = new RowValues(sheetRow, columns);
        }

        String name() {
            String name = values.get(ImportColumn.NAME);
            if (name.isEmpty()) {
                reasons.add(ImportMessage.of("import.row.nameMissing"));
            } else if (name.length() > MAX_NAME) {
                reasons.add(ImportMessage.of("import.row.tooLong", ImportColumn.NAME, MAX_NAME));
            }
            return name;
        }

        @Nullable Gender gender() {
            Gender gender = null;
            String genderText = values.get(ImportColumn.GENDER);
            if (!genderText.isEmpty()) {
                gender = ImportVocabulary.gender(genderText).orElse(null);
                if (gender == null) {
                    reasons.add(ImportMessage.of("import.row.badGender", genderText));
                }
            }
            return gender;
        }

        @Nullable Integer birthYear(int thisYear) {
            Integer birthYear = null;
            String yearText = values.get(ImportColumn.BIRTH_YEAR);
            if (!yearText.isEmpty()) {
                Matcher year = YEAR.matcher(yearText);
                if (year.matches() && Integer.parseInt(year.group(1)) >= MIN_BIRTH_YEAR
                        && Integer.parseInt(year.group(1)) <= thisYear) {
                    birthYear = Integer.parseInt(year.group(1));
                } else {
                    reasons.add(ImportMessage.of("import.row.badBirthYear", yearText, String.valueOf(MIN_BIRTH_YEAR),
                            String.valueOf(thisYear)));
                }
            }
            return birthYear;
        }

        @Nullable String phone() {
            String phone = PhoneNumbers.normalise(values.get(ImportColumn.PHONE));
            if (phone != null && !PhoneNumbers.isValid(phone)) {
                reasons.add(ImportMessage.of("import.row.badPhone", phone));
            }
            return phone;
        }

        @Nullable Compound compound(ImportRegister register) {
            return register.compound(values.get(ImportColumn.COMPOUND), reasons);
        }

        @Nullable Building building(ImportRegister register, @Nullable Compound compound) {
            return register.building(compound, values.get(ImportColumn.BUILDING), reasons);
        }

        /** A free text of at most {@code max} characters. */
        String limited(ImportColumn column, int max) {
            String text = values.get(column);
            if (text.length() > max) {
                reasons.add(ImportMessage.of("import.row.tooLong", column, max));
            }
            return text;
        }

        Set<ResidentTag> tags() {
            Set<ResidentTag> tags = EnumSet.noneOf(ResidentTag.class);
            for (String word : ImportVocabulary.splitTags(values.get(ImportColumn.TAGS))) {
                ImportVocabulary.tag(word).ifPresentOrElse(tags::add,
                        () -> reasons.add(ImportMessage.of("import.row.unknownTag", word)));
            }
            return tags;
        }

        /**
         * Duplicates follow ResidentService.register: same name and phone, or same name and household when
         * the row has no phone; in the register, or in an earlier row of the file.
         */
        void duplicates(String name, @Nullable String phone, @Nullable Address address, ImportRegister register,
                SeenInFile seen) {
            if (name.isEmpty()) {
                return;
            }
            Integer earlier = null;
            if (phone != null) {
                if (register.residentsByPhone.containsKey(key(name, phone))) {
                    reasons.add(ImportMessage.of("import.row.duplicateExisting", name));
                }
                earlier = seen.byPhone.putIfAbsent(key(name, phone), sheetRow.number());
            } else if (address != null) {
                Household existing = register.households.get(address);
                if (existing != null && register.residentsByHousehold.containsKey(key(name, existing.id()))) {
                    reasons.add(ImportMessage.of("import.row.duplicateExisting", name));
                }
            }
            if (address != null) {
                Integer sameAddress = seen.byAddress.putIfAbsent(key(name, address), sheetRow.number());
                if (phone == null && earlier == null) {
                    earlier = sameAddress;
                }
            }
            if (earlier != null) {
                reasons.add(ImportMessage.of("import.row.duplicateInFile", String.valueOf(earlier)));
            }
        }
    }

    private record Accepted(ImportRow row, Building building, Address address) {
    }

    private record Check(ImportPreview preview, List<Accepted> accepted, ImportRegister register) {

        static Check failed(String fileName, ImportMessage problem) {
            return new Check(ImportPreview.ofFileProblem(fileName, problem), List.of(), new ImportRegister());
        }
    }

    /** The cells of a row by column, stripped. */
    private record RowValues(SheetRow row, Map<ImportColumn, Integer> columns) {

        String get(ImportColumn column) {
            Integer index = columns.get(column);
            return index == null ? "" : row.cell(index).strip();
        }
    }
}
