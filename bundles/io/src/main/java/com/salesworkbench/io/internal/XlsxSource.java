package com.salesworkbench.io.internal;

import com.salesworkbench.io.ImportException;
import com.salesworkbench.io.Where;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One sheet of an XLSX workbook, streamed with POI's SAX event API (the sheet XML is never held as a tree, so a
 * sheet of a million rows needs little memory). Cells become text: numbers exactly as saved, date-formatted
 * numbers as ISO dates. Formulas are read by the value Excel saved with them; a formula without a saved value,
 * an error value (#DIV/0!) and merged cells are refused, naming the cell.
 */
final class XlsxSource extends WorkbookSource {

    XlsxSource(String file, Path path, Optional<String> wanted) {
        super(file, path, wanted);
    }

    @Override
    String format() {
        return "xlsx";
    }

    @Override
    void read(Sink sink) {
        guard(() -> {
            try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                StylesTable styles = reader.getStylesTable();
                List<String> sheets = new ArrayList<>();
                XSSFReader.SheetIterator names = (XSSFReader.SheetIterator) reader.getSheetsData();
                while (names.hasNext()) {
                    names.next().close();
                    sheets.add(names.getSheetName());
                }
                String sheet = choose(sheets);
                XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
                while (it.hasNext()) {
                    try (InputStream in = it.next()) {
                        if (it.getSheetName().equals(sheet)) {
                            SheetHandler handler = new SheetHandler(strings, styles, sink);
                            XMLReader xml = XMLHelper.newXMLReader();
                            xml.setContentHandler(handler);
                            xml.parse(new InputSource(in));
                            handler.finish();
                            return null;
                        }
                    }
                }
            }
            return null;
        });
    }

    private interface Body<T> {
        T run() throws IOException, SAXException, OpenXML4JException, ParserConfigurationException;
    }

    /**
     * Runs POI on the file and turns whatever a damaged workbook makes POI or the XML parser throw into one
     * clean message. POI reports broken parts with many unchecked types (POIXMLException,
     * NotOfficeXmlFileException, RecordFormatException, IllegalArgumentException, IndexOutOfBounds...), so the
     * net here is wide on purpose; it covers only the reading of the file, not the conversion of its cells.
     */
    private <T> T guard(Body<T> body) {
        try {
            return PoiContext.call(body::run);
        } catch (ImportException | Stop e) {
            throw e;
        } catch (Exception e) { // IOException, SAXException, OpenXML4JException, POI's unchecked ones (see above)
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (detail.length() > 200) {
                detail = detail.substring(0, 200) + "...";
            }
            throw new ImportException("error.xlsxDamaged", "File " + file + " is not a readable XLSX workbook: " + detail,
                    Where.file(file), detail);
        }
    }

    /** Collects the cells of each row and checks formulas, error values and merged cells. */
    private final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final Sink sink;
        private final StringBuilder value = new StringBuilder();
        private final List<String> merged = new ArrayList<>();
        private String[] cells = new String[16];
        private int width;
        private long row;
        private int column;
        private String type;
        private int style;
        private boolean formula;
        private boolean hasValue;
        private boolean collecting;
        private long formulas;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, Sink sink) {
            this.strings = strings;
            this.styles = styles;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    row = r == null ? row + 1 : Long.parseLong(r);
                    width = 0;
                    column = -1;
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref == null ? column + 1 : columnOf(ref);
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    formula = false;
                    hasValue = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v", "t" -> {
                    collecting = true;
                    hasValue = true;
                }
                case "mergeCell" -> merged.add(String.valueOf(atts.getValue("ref")));
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "c" -> cell();
                case "row" -> {
                    boolean empty = true;
                    for (int i = 0; i < width && empty; i++) {
                        empty = cells[i] == null || cells[i].isBlank();
                    }
                    if (!empty) {
                        String[] out = new String[width];
                        for (int i = 0; i < width; i++) {
                            out[i] = cells[i] == null ? "" : cells[i];
                        }
                        sink.row(row, out);
                    }
                    java.util.Arrays.fill(cells, 0, width, null);
                    width = 0;
                }
                default -> {
                }
            }
        }

        private void cell() {
            String text;
            String v = value.toString();
            if (formula && !hasValue) {
                throw new ImportException("error.formulaNoValue", where(row, column, null)
                        + ": a formula without a saved value; open the file in Excel or LibreOffice and save it again,"
                        + " or paste the values", where(row, column, null));
            }
            if (formula) {
                formulas++;
            }
            if ("e".equals(type)) {
                throw new ImportException("error.cellError", where(row, column, null) + ": the cell holds the error "
                        + v, where(row, column, null), v);
            } else if ("s".equals(type)) {
                text = v.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(v.strip())).getString();
            } else if ("inlineStr".equals(type) || "str".equals(type) || "d".equals(type)) {
                text = v;
            } else if ("b".equals(type)) {
                text = "1".equals(v.strip()) ? "TRUE" : "FALSE";
            } else if (v.isBlank()) {
                text = "";
            } else {
                text = number(v.strip());
            }
            if (column >= cells.length) {
                cells = java.util.Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
            }
            cells[column] = text;
            width = Math.max(width, column + 1);
        }

        private String number(String v) {
            BigDecimal d = new BigDecimal(v);
            XSSFCellStyle st = style < styles.getNumCellStyles() ? styles.getStyleAt(style) : null;
            if (st != null && DateUtil.isADateFormat(st.getDataFormat(), st.getDataFormatString())
                    && DateUtil.isValidExcelDate(d.doubleValue())) {
                LocalDateTime t = DateUtil.getLocalDateTime(d.doubleValue());
                return t.toLocalDate().toString();
            }
            return d.stripTrailingZeros().toPlainString();
        }

        void finish() {
            if (!merged.isEmpty()) {
                throw new ImportException("error.merged", where(0, -1, null) + ": cells " + merged.get(0)
                        + " are merged; unmerge them and fill in every cell", where(0, -1, null), merged.get(0));
            }
            if (formulas > 0) {
                notes.add(formulas + " formula cells read by the values saved with them");
            }
        }
    }

    static int columnOf(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == 0 || col > 16384) {
            throw new IllegalArgumentException("bad cell reference " + ref);
        }
        return col - 1;
    }
}
