package org.cocreate.community;

import java.util.List;

/**
 * The columns of a residents spreadsheet. A column is recognised by its Chinese header (the template's),
 * its English header, or a few names committees' own sheets use (手机, 联系电话, 楼号 ...).
 */
public enum ImportColumn implements SheetColumn {
    NAME(true, "姓名", "Name", "名字", "居民姓名"),
    GENDER(false, "性别", "Gender", "Sex"),
    BIRTH_YEAR(false, "出生年份", "Birth year", "出生年", "出生年度", "Year of birth"),
    PHONE(false, "手机号", "Phone", "手机", "手机号码", "电话", "联系电话", "电话号码", "Mobile"),
    COMPOUND(true, "小区", "Compound", "小区名称", "所在小区"),
    BUILDING(true, "楼栋", "Building", "楼号", "楼栋号", "栋"),
    UNIT(false, "单元", "Unit", "单元号"),
    ROOM(false, "房号", "Room", "房间号", "门牌号", "室"),
    TAGS(false, "标签", "Tags", "Tag", "人员类别"),
    NOTES(false, "备注", "Notes", "Note", "Remarks");

    private final boolean required;
    private final String chineseHeader;
    private final String englishHeader;
    private final List<String> aliases;

    ImportColumn(boolean required, String chineseHeader, String englishHeader, String... otherNames) {
        this.required = required;
        this.chineseHeader = chineseHeader;
        this.englishHeader = englishHeader;
        this.aliases = SheetColumn.headerNames(chineseHeader, englishHeader, otherNames);
    }

    /** Without these the rows cannot be placed in a household. */
    @Override
    public boolean required() {
        return required;
    }

    /** The header the template writes. */
    public String chineseHeader() {
        return chineseHeader;
    }

    public String englishHeader() {
        return englishHeader;
    }

    @Override
    public String translationKey() {
        return "import.column." + name();
    }

    @Override
    public List<String> headerNames() {
        return aliases;
    }
}
