package com.salesworkbench.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    private static List<String> lines(TextTable table) {
        return table.toString().lines().toList();
    }

    /** The display column at which {@code cell} starts in {@code line}. */
    private static int column(String line, String cell) {
        int index = line.indexOf(cell);
        if (index < 0) {
            throw new AssertionError("'" + cell + "' not in '" + line + "'");
        }
        return TextTable.width(line.substring(0, index));
    }

    @Test
    void widthCountsCjkIdeographsAsTwoColumnsAndOtherLettersAsOne() {
        assertEquals(0, TextTable.width(""));
        assertEquals(4, TextTable.width("acme"));
        assertEquals(4, TextTable.width("Акме"));
        assertEquals(4, TextTable.width("预测"));
        assertEquals(7, TextTable.width("A预测-Б"));
        // A supplementary-plane ideograph (two chars in UTF-16) is still one double-width character.
        assertEquals(2, TextTable.width("𠀀"));
        // A combining mark takes no column of its own.
        assertEquals(1, TextTable.width("e\u0301"));
    }

    @Test
    void rendersHeaderRuleAndRowsPaddedToTheWidestCellPlusTwoSpaces() {
        TextTable t = new TextTable("ID", "Name", "Locale")
                .row("acme", "ACME Ltd", "en")
                .row("b", "B", "ru-RU");
        assertEquals(""
                + "ID    Name      Locale\n"
                + "----------------------\n"
                + "acme  ACME Ltd  en\n"
                + "b     B         ru-RU\n", t.toString());
    }

    @Test
    void columnsLineUpByDisplayWidthWithChineseAndCyrillicText() {
        TextTable t = new TextTable("Feature", "Title", "Bundles")
                .row("forecasting", "预测", 2)
                .row("reports", "Отчёты и сводки", 11)
                .row("crm", "客户关系管理系统", 1);
        List<String> lines = lines(t);
        assertEquals(5, lines.size());
        // Widest title: 客户关系管理系统 is 8 ideographs = 16 columns; the third column starts after it plus two spaces.
        int titleColumn = "forecasting".length() + 2;
        int bundlesColumn = titleColumn + 16 + 2;
        assertEquals(List.of(titleColumn, bundlesColumn), List.of(column(lines.get(0), "Title"), column(lines.get(0), "Bundles")));
        assertEquals(List.of(titleColumn, bundlesColumn), List.of(column(lines.get(2), "预测"), column(lines.get(2), "2")));
        assertEquals(List.of(titleColumn, bundlesColumn), List.of(column(lines.get(3), "Отчёты"), column(lines.get(3), "11")));
        assertEquals(List.of(titleColumn, bundlesColumn), List.of(column(lines.get(4), "客户"), column(lines.get(4), "1")));
        // Padding is in spaces, so with double-width text the line has fewer chars than columns.
        assertEquals("forecasting  预测" + " ".repeat(16 - 4 + 2) + "2", lines.get(2));
    }

    @Test
    void ruleSpansAllColumnsByDisplayWidth() {
        TextTable t = new TextTable("名称", "x").row("预测预测", "y");
        // Column widths 8 and 1, two spaces between them.
        assertEquals("-".repeat(8 + 2 + 1), lines(t).get(1));
        assertEquals("名称      x", lines(t).get(0));
    }

    @Test
    void trailingSpacesAreStrippedAndNullCellsAreEmpty() {
        TextTable t = new TextTable("Key", "Value").row("long-key-name", null).row(null, "v");
        List<String> lines = lines(t);
        assertEquals("long-key-name", lines.get(2));
        assertEquals(" ".repeat("long-key-name".length() + 2) + "v", lines.get(3));
    }

    @Test
    void cellsAreFormattedWithToString() {
        TextTable t = new TextTable("n", "ok").row(42, true);
        assertEquals("42  true", lines(t).get(2));
    }

    @Test
    void aHeaderOnlyTableHasHeaderAndRule() {
        assertEquals("A  B\n----\n", new TextTable("A", "B").toString());
    }

    @Test
    void aRowWithTheWrongNumberOfCellsThrows() {
        TextTable t = new TextTable("A", "B", "C");
        IllegalArgumentException tooFew = assertThrows(IllegalArgumentException.class, () -> t.row("1", "2"));
        assertEquals("expected 3 cells, got 2", tooFew.getMessage());
        assertThrows(IllegalArgumentException.class, () -> t.row("1", "2", "3", "4"));
        // The rejected rows were not added.
        assertEquals(2, lines(t).size());
    }
}
