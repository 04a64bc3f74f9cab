package org.cocreate.community;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The XLSX template of the residents import: the headers in Chinese (the committees' language), two
 * example rows that cannot be imported by mistake (their compound does not exist), and a sheet that
 * explains each column. Phone, unit and room columns are formatted as text, so Excel keeps leading
 * zeros and never shows a phone number as 1.39E+10.
 */
final class ResidentImportTemplate {

    private static final int[] WIDTHS = {12, 8, 10, 16, 16, 10, 10, 10, 20, 30};

    private ResidentImportTemplate() {
    }

    static byte[] build() {
        ResourceBundle texts = ImportVocabulary.bundle(Locale.SIMPLIFIED_CHINESE);
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle header = headerStyle(workbook);
            CellStyle text = textStyle(workbook);

            Sheet sheet = workbook.createSheet(texts.getString("import.template.sheet"));
            ImportColumn[] columns = ImportColumn.values();
            Row headerRow = sheet.createRow(0);
            for (ImportColumn column : columns) {
                var cell = headerRow.createCell(column.ordinal());
                cell.setCellValue(column.chineseHeader());
                cell.setCellStyle(header);
                sheet.setColumnWidth(column.ordinal(), WIDTHS[column.ordinal()] * 256 + 512);
                if (column == ImportColumn.PHONE || column == ImportColumn.UNIT || column == ImportColumn.ROOM) {
                    sheet.setDefaultColumnStyle(column.ordinal(), text);
                }
            }
            exampleRow(sheet, 1, texts.getString("import.template.example1"), text);
            exampleRow(sheet, 2, texts.getString("import.template.example2"), text);
            sheet.createFreezePane(0, 1);

            var validation = sheet.getDataValidationHelper();
            var genders = validation.createExplicitListConstraint(Arrays.stream(Gender.values())
                    .map(g -> texts.getString(g.translationKey())).toArray(String[]::new));
            var genderCells = new CellRangeAddressList(1, SpreadsheetReader.MAX_ROWS,
                    ImportColumn.GENDER.ordinal(), ImportColumn.GENDER.ordinal());
            sheet.addValidationData(validation.createValidation(genders, genderCells));

            Sheet help = workbook.createSheet(texts.getString("import.template.helpSheet"));
            help.setColumnWidth(0, 100 * 256);
            String tagNames = Arrays.stream(ResidentTag.values()).map(ImportVocabulary::chineseName)
                    .collect(Collectors.joining("、"));
            for (int line = 1; texts.containsKey("import.template.help" + line); line++) {
                String pattern = texts.getString("import.template.help" + line);
                help.createRow(line - 1).createCell(0).setCellValue(new MessageFormat(pattern, Locale.ROOT)
                        .format(new Object[] {tagNames, SpreadsheetReader.MAX_ROWS,
                            SpreadsheetReader.MAX_BYTES / 1024 / 1024}));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bold on grey, a line below: the header row of every import template. */
    static CellStyle headerStyle(XSSFWorkbook workbook) {
        CellStyle header = workbook.createCellStyle();
        var bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        return header;
    }

    /** Text, so that Excel keeps leading zeros and never shows a phone number as 1.39E+10. */
    static CellStyle textStyle(XSSFWorkbook workbook) {
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        return text;
    }

    /** An example row from the translation file: the cells separated by "|". */
    private static void exampleRow(Sheet sheet, int index, String example, CellStyle text) {
        String[] values = example.split("\\|", -1);
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length && i < ImportColumn.values().length; i++) {
            if (values[i].isEmpty()) {
                continue;
            }
            var cell = row.createCell(i);
            if (i == ImportColumn.BIRTH_YEAR.ordinal() && values[i].matches("\\d{4}")) {
                cell.setCellValue(Integer.parseInt(values[i]));
            } else {
                cell.setCellValue(values[i]);
                cell.setCellStyle(text);
            }
        }
    }
}
