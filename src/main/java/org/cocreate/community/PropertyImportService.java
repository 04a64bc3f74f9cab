package org.cocreate.community;

import static org.cocreate.community.ImportRegister.key;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.base.Area;
import org.cocreate.base.AuditTrail;
import org.cocreate.community.ImportRegister.Address;
import org.cocreate.community.SpreadsheetReader.FileProblem;
import org.cocreate.community.SpreadsheetReader.SheetRow;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the property register (房产清册) the property management hands over: one row per unit and owner, so a
 * unit with two owners is two rows and a buyer of several units (same name and phone) one owner. Checked row by
 * row for the preview and again for the import, which never trusts an earlier preview: a single bad row imports
 * nothing. Importing the same file twice changes nothing the second time: a unit's area is set, an owner added
 * only if not there yet.
 */
@Service
public class PropertyImportService {

    public static final int MAX_BYTES = SpreadsheetReader.MAX_BYTES;
    private static final Area AREA_MAX = Area.of(UnitDraft.AREA_MAX);

    private final ResidentImportRepository lookups;
    private final CompoundRepository compounds;
    private final BuildingRepository buildings;
    private final HouseholdRepository households;
    private final PropertyUnitRepository units;
    private final PropertyOwners owners;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    @SuppressWarnings("java:S107")
    PropertyImportService(ResidentImportRepository lookups, CompoundRepository compounds, BuildingRepository buildings,
            HouseholdRepository households, PropertyUnitRepository units, PropertyOwners owners,
            CurrentUser currentUser, AuditTrail audit) {
        this.lookups = lookups;
        this.compounds = compounds;
        this.buildings = buildings;
        this.households = households;
        this.units = units;
        this.owners = owners;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The XLSX template: the Chinese headers and one example row. */
    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.STAFF)
    public byte[] template() {
        return PropertyImportTemplate.build();
    }

    /** What importing the file would do: the rows it would import, and every bad row with its reasons. */
    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.STAFF)
    public PropertyImportPreview preview(long communityId, String fileName, InputStream content) {
        currentUser.requireAccess(communityId);
        return check(communityId, fileName, content).preview();
    }

    /**
     * Imports every row of the file, or nothing. Households are found or created by compound, building, unit and
     * room; a unit's area and the developer's mark are set as the file says; owners are added if not there yet.
     */
    @Transactional
    @PreAuthorize(RegisterRoles.STAFF)
    public PropertyImported importUnits(long communityId, String fileName, InputStream content) {
        currentUser.requireAccess(communityId);
        Check check = check(communityId, fileName, content);
        if (!check.preview().isClean()) {
            throw new PropertyImportRefusedException(check.preview());
        }
        Map<Long, PropertyUnit> unitByHousehold = units.findByCommunityId(communityId).stream()
                .collect(Collectors.toMap(PropertyUnit::getHouseholdId, Function.identity()));
        Set<Long> created = new HashSet<>();
        Set<Long> changed = new HashSet<>();
        int ownersAdded = 0;
        for (Accepted row : check.accepted()) {
            Household household = check.register().households.get(row.address());
            if (household == null) {
                household = households.save(
                        new Household(row.building(), row.address().unit(), row.address().room()));
                check.register().households.put(row.address(), household);
            }
            PropertyUnit unit = unitByHousehold.get(household.id());
            if (unit == null) {
                unit = units.save(new PropertyUnit(communityId, household.id(), row.area(), row.developerHeld()));
                unitByHousehold.put(household.id(), unit);
                created.add(household.id());
            } else if (unit.getArea().compareTo(row.area()) != 0 || unit.isDeveloperHeld() != row.developerHeld()) {
                unit.change(row.area(), row.developerHeld());
                changed.add(household.id());
            }
            if (row.owner() != null && unit.addOwner(owners.owner(communityId, row.owner()).id())) {
                ownersAdded++;
            }
        }
        var imported = new PropertyImported(check.accepted().size(), (int) check.preview().units(), created.size(),
                changed.size(), ownersAdded);
        audit.record("PROPERTY_IMPORTED", "community", communityId, communityId, null, "file=" + fileName
                + ", rows=" + imported.rows() + ", units=" + imported.units() + ", unitsCreated=" + created.size()
                + ", ownersAdded=" + ownersAdded);
        return imported;
    }

    private Check check(long communityId, String fileName, InputStream content) {
        ImportSheet<PropertyImportColumn> sheet;
        try {
            sheet = ImportSheet.read(fileName, content, PropertyImportColumn.class, PropertyImportColumn.AREA);
        } catch (FileProblem problem) {
            return Check.failed(fileName, problem.problem());
        }
        ImportRegister register = ImportRegister.read(communityId, compounds, buildings, lookups);
        List<PropertyImportRow> rows = new ArrayList<>();
        List<Accepted> accepted = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<Address, PropertyImportRow> firstRowOfUnit = new HashMap<>();
        for (SheetRow sheetRow : sheet.data()) {
            var row = new RowCheck(sheetRow, sheet, register);
            Accepted checked = row.check(firstRowOfUnit);
            if (checked != null) {
                rows.add(checked.shown());
                accepted.add(checked);
            } else {
                problems.add(new ImportProblem(sheetRow.number(), row.reasons));
            }
        }
        return new Check(new PropertyImportPreview(fileName, sheet.data().size(), rows, problems, null), accepted,
                register);
    }

    /** One row of the file, checked field by field; every reason is kept, so the row is corrected in one go. */
    private static final class RowCheck {

        private final SheetRow sheetRow;
        private final ImportSheet<PropertyImportColumn> sheet;
        private final ImportRegister register;
        final List<ImportMessage> reasons = new ArrayList<>();

        RowCheck(SheetRow sheetRow, ImportSheet<PropertyImportColumn> sheet, ImportRegister register) {
            this.sheetRow = sheetRow;
            this.sheet = sheet;
            this.register = register;
        }

        private String value(PropertyImportColumn column) {
            return sheet.value(sheetRow, column);
        }

        @Nullable Accepted check(Map<Address, PropertyImportRow> firstRowOfUnit) {
            String name = value(PropertyImportColumn.OWNER_NAME);
            String phone = PhoneNumbers.normalise(value(PropertyImportColumn.OWNER_PHONE));
            boolean hasOwner = !name.isEmpty() || phone != null;
            boolean hasAddress = !value(PropertyImportColumn.COMPOUND).isEmpty()
                    || !value(PropertyImportColumn.BUILDING).isEmpty() || !value(PropertyImportColumn.ROOM).isEmpty();
            Building building = null;
            if (hasOwner && !hasAddress) {
                reasons.add(ImportMessage.of("property.import.ownerWithoutUnit"));
            } else {
                building = building();
            }
            String unit = limited(PropertyImportColumn.UNIT);
            String room = limited(PropertyImportColumn.ROOM);
            if (hasAddress && room.isEmpty()) {
                reasons.add(ImportMessage.of("property.import.roomMissing"));
            }
            Area area = area();
            Boolean developerHeld = developerHeld();
            Address address = building == null ? null : new Address(building.id(), unit, room);
            OwnerDraft owner = owner(name, phone, address);
            if (!reasons.isEmpty() || building == null || address == null || area == null || developerHeld == null) {
                return null;
            }
            Compound compound = building.getCompound();
            String place = new HouseholdEntry(0, compound.id(), compound.getName(), building.id(), building.getName(),
                    unit, room).address();
            var shown = new PropertyImportRow(sheetRow.number(), place, area, developerHeld, name,
                    PhoneNumbers.mask(phone));
            PropertyImportRow earlier = firstRowOfUnit.putIfAbsent(address, shown);
            if (earlier != null && earlier.area().compareTo(area) != 0) {
                reasons.add(ImportMessage.of("property.import.areaConflict", String.valueOf(earlier.row()),
                        earlier.area().toString()));
            }
            if (earlier != null && earlier.developerHeld() != developerHeld) {
                reasons.add(ImportMessage.of("property.import.developerConflict", String.valueOf(earlier.row())));
            }
            if (!reasons.isEmpty()) {
                return null;
            }
            return new Accepted(shown, building, address, area, developerHeld, owner);
        }

        private @Nullable Building building() {
            Compound compound = register.compound(value(PropertyImportColumn.COMPOUND), reasons);
            return register.building(compound, value(PropertyImportColumn.BUILDING), reasons);
        }

        private String limited(PropertyImportColumn column) {
            String text = value(column);
            if (text.length() > HouseholdEntry.UNIT_MAX) {
                reasons.add(ImportMessage.of("import.row.tooLong", column, HouseholdEntry.UNIT_MAX));
            }
            return text;
        }

        /** Above 0 and at most {@link UnitDraft#AREA_MAX} m², as digits ("85.32"); "abc" and "-3" are no area. */
        private @Nullable Area area() {
            String text = value(PropertyImportColumn.AREA);
            if (text.isEmpty()) {
                reasons.add(ImportMessage.of("property.import.areaMissing"));
                return null;
            }
            try {
                Area area = Area.of(text);
                if (!area.isZero() && area.compareTo(AREA_MAX) <= 0) {
                    return area;
                }
            } catch (IllegalArgumentException notAnArea) {
                // said below, with the text as written
            }
            reasons.add(ImportMessage.of("property.import.areaInvalid", text, UnitDraft.AREA_MAX));
            return null;
        }

        private @Nullable Boolean developerHeld() {
            String text = value(PropertyImportColumn.DEVELOPER_HELD);
            Boolean held = PropertyImportColumn.developerHeld(text).orElse(null);
            if (held == null) {
                reasons.add(ImportMessage.of("property.import.badDeveloperHeld", text));
            }
            return held;
        }

        /**
         * The row's owner: a resident of the household with that name (the phone is then not needed), else
         * someone living elsewhere by name and a valid phone. A row without either names no owner (the developer's
         * units, or an owner not known yet).
         */
        private @Nullable OwnerDraft owner(String name, @Nullable String phone, @Nullable Address address) {
            if (name.isEmpty() && phone == null) {
                return null;
            }
            if (name.isEmpty()) {
                reasons.add(ImportMessage.of("property.import.ownerNameMissing"));
            } else if (name.length() > OwnerDraft.NAME_MAX) {
                reasons.add(ImportMessage.of("import.row.tooLong", PropertyImportColumn.OWNER_NAME,
                        OwnerDraft.NAME_MAX));
            }
            if (phone != null && !PhoneNumbers.isValid(phone)) {
                reasons.add(ImportMessage.of("import.row.badPhone", phone));
            }
            Household household = address == null ? null : register.households.get(address);
            Long resident = household == null || name.isEmpty() ? null
                    : register.residentsByHousehold.get(key(name, household.id()));
            if (resident != null) {
                return new OwnerDraft(resident, null, null);
            }
            if (!name.isEmpty() && phone == null) {
                reasons.add(ImportMessage.of("property.import.ownerPhoneMissing", name));
            }
            return new OwnerDraft(null, name, phone);
        }
    }

    private record Accepted(PropertyImportRow shown, Building building, Address address, Area area,
            boolean developerHeld, @Nullable OwnerDraft owner) {
    }

    private record Check(PropertyImportPreview preview, List<Accepted> accepted, ImportRegister register) {

        static Check failed(String fileName, ImportMessage problem) {
            return new Check(PropertyImportPreview.ofFileProblem(fileName, problem), List.of(), new ImportRegister());
        }
    }
}
