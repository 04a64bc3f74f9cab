package org.cocreate.community;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of a property register spreadsheet (房产清册): a unit's address and exclusive area, one owner per
 * row, and whether the developer still holds it. Recognised by the template's Chinese header, the English one,
 * or a few names property managements' own sheets use (建筑面积 is not one: the assembly counts the exclusive area).
 */
public enum PropertyImportColumn implements SheetColumn {
    COMPOUND(true, "小区", "Compound", "小区名称", "所在小区"),
    BUILDING(true, "楼栋", "Building", "楼号", "楼栋号", "栋"),
    UNIT(false, "单元", "Unit", "单元号"),
    ROOM(true, "房号", "Room", "房间号", "门牌号", "室"),
    AREA(true, "专有面积(㎡)", "Exclusive area", "专有面积", "专有部分面积", "套内面积", "Area"),
    OWNER_NAME(false, "业主姓名", "Owner", "业主", "Owner name", "产权人"),
    OWNER_PHONE(false, "业主电话", "Owner phone", "联系电话", "业主手机", "Phone"),
    DEVELOPER_HELD(false, "开发商未售", "Developer held", "未售", "Held by the developer");

    private static final Set<String> YES = Set.of("是", "未售", "yes", "y", "true", "1", "√");
    private static final Set<String> NO = Set.of("否", "已售", "no", "n", "false", "0");

    private final boolean required;
    private final String chineseHeader;
    private final List<String> aliases;

    PropertyImportColumn(boolean required, String chineseHeader, String englishHeader, String... otherNames) {
        this.required = required;
        this.chineseHeader = chineseHeader;
        this.aliases = SheetColumn.headerNames(chineseHeader, englishHeader, otherNames);
    }

    @Override
    public boolean required() {
        return required;
    }

    /** The header the template writes. */
    public String chineseHeader() {
        return chineseHeader;
    }

    @Override
    public String translationKey() {
        return "property.import.column." + name();
    }

    /** 开发商未售: 是/否 as the template offers, or yes/no, y/n, 1/0; empty is no. Anything else is empty. */
    static Optional<Boolean> developerHeld(String cell) {
        String word = ImportSheet.normalise(cell);
        if (YES.contains(word)) {
            return Optional.of(true);
        }
        return word.isEmpty() || NO.contains(word) ? Optional.of(false) : Optional.empty();
    }

    @Override
    public List<String> headerNames() {
        return aliases;
    }
}
