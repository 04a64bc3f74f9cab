package org.cocreate.community;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The XLSX template of the property register import: the Chinese headers and one example row whose compound does
 * not exist, so that it cannot be imported by mistake. Address and phone columns are text; the area a number.
 */
final class PropertyImportTemplate {

    private static final int[] WIDTHS = {12, 8, 8, 8, 14, 12, 16, 12};

    private PropertyImportTemplate() {
    }

    static byte[] build() {
        ResourceBundle texts = ImportVocabulary.bundle(Locale.SIMPLIFIED_CHINESE);
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle header = ResidentImportTemplate.headerStyle(workbook);
            CellStyle text = ResidentImportTemplate.textStyle(workbook);
            Sheet sheet = workbook.createSheet(texts.getString("property.import.template.sheet"));
            Row headerRow = sheet.createRow(0);
            for (PropertyImportColumn column : PropertyImportColumn.values()) {
                var cell = headerRow.createCell(column.ordinal());
                cell.setCellValue(column.chineseHeader());
                cell.setCellStyle(header);
                sheet.setColumnWidth(column.ordinal(), WIDTHS[column.ordinal()] * 256 + 512);
                if (column != PropertyImportColumn.AREA) {
                    sheet.setDefaultColumnStyle(column.ordinal(), text);
                }
            }
            String[] example = texts.getString("property.import.template.example").split("\\|", -1);
            Row row = sheet.createRow(1);
            for (int i = 0; i < example.length && i < WIDTHS.length; i++) {
                var cell = row.createCell(i);
                if (i == PropertyImportColumn.AREA.ordinal()) {
                    cell.setCellValue(Double.parseDouble(example[i]));
                } else {
                    cell.setCellValue(example[i]);
                    cell.setCellStyle(text);
                }
            }
            sheet.createFreezePane(0, 1);
            var validation = sheet.getDataValidationHelper();
            var yesNo = validation.createExplicitListConstraint(new String[] {texts.getString("common.yes"),
                texts.getString("common.no")});
            int developer = PropertyImportColumn.DEVELOPER_HELD.ordinal();
            sheet.addValidationData(validation.createValidation(yesNo,
                    new CellRangeAddressList(1, SpreadsheetReader.MAX_ROWS, developer, developer)));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
