package com.salesworkbench.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.io.ImportException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DetectorsTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void numberStylesAreDetectedAndParsedStrictly() {
        assertEquals(Numbers.Style.RU, Numbers.detect(List.of("1 162 500,50", "12,5", "7"), EN));
        assertEquals(Numbers.Style.RU, Numbers.detect(List.of("1\u00A0162\u00A0500,50"), EN));
        assertEquals(Numbers.Style.RU, Numbers.detect(List.of("1\u202F162\u202F500,50"), EN));
        assertEquals(Numbers.Style.EN, Numbers.detect(List.of("1,162,500.50", "3.25"), RU));
        assertEquals(Numbers.Style.PLAIN, Numbers.detect(List.of("1162500", "17"), EN));
        assertEquals(Numbers.Style.RU, Numbers.detect(List.of("1162500", "17"), RU));
        // every cell ambiguous: the language decides
        assertEquals(Numbers.Style.EN, Numbers.detect(List.of("1,250", "2,500"), EN));
        assertEquals(Numbers.Style.RU, Numbers.detect(List.of("1,250", "2,500"), RU));

        assertEquals(new BigDecimal("1162500.50"), Numbers.parse("1 162 500,50", Numbers.Style.RU));
        assertEquals(new BigDecimal("1162500.50"), Numbers.parse("1\u00A0162\u00A0500,50", Numbers.Style.RU));
        assertEquals(new BigDecimal("1162500.50"), Numbers.parse("1\u202F162\u202F500,50", Numbers.Style.RU));
        assertEquals(new BigDecimal("1162500.50"), Numbers.parse("1.162.500,50", Numbers.Style.RU));
        assertEquals(new BigDecimal("1162500.50"), Numbers.parse("1,162,500.50", Numbers.Style.EN));
        assertEquals(new BigDecimal("-42.5"), Numbers.parse("\u221242.5", Numbers.Style.EN));
        assertEquals(new BigDecimal("1.5E+7"), Numbers.parse("1.5E7", Numbers.Style.PLAIN));
        assertNull(Numbers.parse("  ", Numbers.Style.EN));
        for (String bad : List.of("1,16,500.5", "12a", "1 2", "--1", ",5,", "1.2.3", "1e")) {
            assertThrows(NumberFormatException.class, () -> Numbers.parse(bad, Numbers.Style.EN), bad);
        }
        assertThrows(NumberFormatException.class, () -> Numbers.parse("1,162,500.50", Numbers.Style.RU));
    }

    @Test
    void dateFormatsAreDetectedFromTheData() {
        assertEquals(Optional.of(Dates.Format.ISO_DATE), Dates.detect(List.of("2024-01-31", "2024-02-29"), Optional.empty(), EN));
        assertEquals(Optional.of(Dates.Format.DOT_DATE), Dates.detect(List.of("31.01.2024"), Optional.empty(), EN));
        assertEquals(Optional.of(Dates.Format.ISO_MONTH), Dates.detect(List.of("2024-01", "2024-02"), Optional.empty(), RU));
        // a first part over 12 makes slashed dates day-first whatever the language
        assertEquals(Optional.of(Dates.Format.SLASH_DMY), Dates.detect(List.of("03/04/2024", "13/04/2024"), Optional.empty(), EN));
        assertEquals(Optional.of(Dates.Format.SLASH_MDY), Dates.detect(List.of("03/04/2024", "04/13/2024"), Optional.empty(), RU));
        // ambiguous: the user's option, else the language
        assertEquals(Optional.of(Dates.Format.SLASH_MDY), Dates.detect(List.of("03/04/2024"), Optional.empty(), EN));
        assertEquals(Optional.of(Dates.Format.SLASH_DMY), Dates.detect(List.of("03/04/2024"), Optional.empty(), RU));
        assertEquals(Optional.of(Dates.Format.SLASH_DMY), Dates.detect(List.of("03/04/2024"), Optional.of(true), EN));
        assertEquals(Optional.of(Dates.Format.CN_DATE), Dates.detect(List.of("2024年1月5日"), Optional.empty(), EN));
        assertEquals(Optional.of(Dates.Format.EXCEL_SERIAL), Dates.detect(List.of("45292", "45323"), Optional.empty(), EN));

        assertEquals(day(2024, 4, 3), Dates.parse("03/04/2024", Dates.Format.SLASH_DMY));
        assertEquals(day(2024, 3, 4), Dates.parse("03/04/2024", Dates.Format.SLASH_MDY));
        assertEquals(day(2024, 1, 5), Dates.parse("2024年1月5日", Dates.Format.CN_DATE));
        assertEquals(PlanPeriod.month(YearMonth.of(2024, 3)), Dates.parse("2024年3月", Dates.Format.CN_MONTH));
        assertEquals(PlanPeriod.month(YearMonth.of(2024, 3)), Dates.parse("03.2024", Dates.Format.DOT_MONTH));
        assertEquals(PlanPeriod.quarter(2024, 2), Dates.parse("2024-Q2", Dates.Format.PERIOD));
        assertEquals(day(2024, 1, 1), Dates.parse("45292", Dates.Format.EXCEL_SERIAL)); // Excel shows 01.01.2024
        assertEquals(day(2024, 2, 29), Dates.parse("2024-02-29T00:00:00", Dates.Format.ISO_DATE));
        assertNull(Dates.parse("31.02.2024", Dates.Format.DOT_DATE));
        assertNull(Dates.parse("12345", Dates.Format.EXCEL_SERIAL)); // 1933: an amount rather than a date
    }

    private static PlanPeriod day(int y, int m, int d) {
        return new PlanPeriod(com.salesworkbench.api.time.Frequency.DAY, LocalDate.of(y, m, d));
    }

    @Test
    void encodingsAreTold() {
        String ru = "товар;дата;продажи\nМолоко;2024-01;1 162 500,50\nКефир;2024-01;300\n";
        String zh = "系列,日期,销售额\n牛奶,2024-01,1162500.50\n酸奶,2024-02,300\n";
        assertEquals(StandardCharsets.UTF_8, Encodings.detect(ru.getBytes(StandardCharsets.UTF_8)).charset());
        assertEquals(3, Encodings.detect(bom(ru.getBytes(StandardCharsets.UTF_8))).bom());
        assertEquals(Encodings.CP1251, Encodings.detect(ru.getBytes(Encodings.CP1251)).charset());
        assertEquals(Encodings.GBK, Encodings.detect(zh.getBytes(Encodings.GBK)).charset());
        assertEquals(Encodings.CP1251, Encodings.detect("ПРОДАЖИ ИТОГО".getBytes(Encodings.CP1251)).charset());
        assertEquals(Encodings.GBK, Encodings.detect("销售计划".getBytes(Encodings.GBK)).charset());
    }

    private static byte[] bom(byte[] b) {
        byte[] out = new byte[b.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(b, 0, out, 3, b.length);
        return out;
    }

    @Test
    void delimitersAreTold() {
        assertEquals(',', Delimiters.detect("a,b,c\n1,2,3\n"));
        assertEquals(';', Delimiters.detect("a;b;c\n\"1,5\";2,5;3\n4;5;6\n"));
        assertEquals('\t', Delimiters.detect("a\tb\n1,5\t2\n"));
        assertEquals(',', Delimiters.detect("only\n1\n"));
    }

    @Test
    void contentDecidesAndAMismatchIsNamed() {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 1, 2};
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertEquals("xlsx", Sniffer.format("a.xlsx", zip));
        assertEquals("csv", Sniffer.format("a.csv", "x,y\n".getBytes(StandardCharsets.UTF_8)));
        ImportException e = assertThrows(ImportException.class, () -> Sniffer.format("sales.csv", zip));
        assertEquals("error.notWhatExtensionSays", e.key());
        assertEquals("Файл sales.csv: по расширению это CSV, а по содержимому — ZIP (документ Office Open XML)",
                e.localized(RU));
        // the OLE2 signature is an old Excel workbook when the name says .xls, a mismatch when it says .xlsx
        assertEquals("xls", Sniffer.format("a.XLS", ole));
        assertEquals("Файл a.xlsx: по расширению это XLSX, а по содержимому — OLE2 (документ Office 97-2003)",
                assertThrows(ImportException.class, () -> Sniffer.format("a.xlsx", ole)).localized(RU));
        assertEquals("error.notWhatExtensionSays",
                assertThrows(ImportException.class, () -> Sniffer.format("old.xls", zip)).key());
        assertEquals("error.extension", assertThrows(ImportException.class, () -> Sniffer.format("a.doc", ole)).key());
        assertEquals("error.notWhatExtensionSays",
                assertThrows(ImportException.class, () -> Sniffer.format("a.xlsx", "a,b".getBytes(StandardCharsets.UTF_8))).key());
        assertEquals("error.emptyFile", assertThrows(ImportException.class, () -> Sniffer.format("a.csv", new byte[0])).key());
    }
}
