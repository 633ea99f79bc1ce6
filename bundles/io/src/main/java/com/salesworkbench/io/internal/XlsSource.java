package com.salesworkbench.io.internal;

import com.salesworkbench.io.ImportException;
import com.salesworkbench.io.Where;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * One sheet of an old Excel 97-2003 workbook (.xls, BIFF8 in an OLE2 container), streamed with POI's HSSF event
 * API: the records of the Workbook stream go past one by one (the file itself is mapped, not loaded; only the
 * shared strings table is held, as for XLSX), so a sheet of 65 536 rows needs little memory. It behaves as
 * {@link XlsxSource}: cells become text (numbers as saved, date-formatted numbers as ISO dates), formulas are read
 * by the values saved with them, error values and merged cells are refused naming the cell, sheets by name.
 * An .xls has no "formula without a value": Excel always saves one (a file written by a program that never
 * calculated keeps 0, which is what Excel itself would show until it recalculates).
 */
final class XlsSource extends WorkbookSource {

    XlsSource(String file, Path path, Optional<String> wanted) {
        super(file, path, wanted);
    }

    @Override
    String format() {
        return "xls";
    }

    @Override
    void read(Sink sink) {
        try {
            PoiContext.call(() -> {
                try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
                    Records records = new Records(sink);
                    HSSFRequest request = new HSSFRequest();
                    records.formats = new FormatTrackingHSSFListener(records);
                    request.addListenerForAllRecords(records.formats);
                    new HSSFEventFactory().processWorkbookEvents(request, fs);
                    records.end();
                }
                return null;
            });
        } catch (ImportException | Stop e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            // POI reports a damaged or foreign OLE2 file with many unchecked types (RecordFormatException,
            // OldExcelFormatException, EncryptedDocumentException, IllegalArgumentException, IndexOutOfBounds...):
            // the net is wide on purpose, as in XlsxSource.
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (detail.length() > 200) {
                detail = detail.substring(0, 200) + "...";
            }
            throw new ImportException("error.xlsDamaged", "File " + file + " is not a readable Excel 97-2003 workbook: "
                    + detail, Where.file(file), detail);
        }
    }

    /** Follows the record stream: the sheet list, then the cells of the wanted sheet's substream. */
    private final class Records implements HSSFListener {
        private final Sink sink;
        FormatTrackingHSSFListener formats;
        private final List<BoundSheetRecord> bound = new ArrayList<>();
        private SSTRecord strings;
        /** Nesting of BOF/EOF substreams (a chart inside a sheet has its own). */
        private int depth;
        private boolean globalsDone;
        /** Index of the current top-level sheet substream, -1 in the globals. */
        private int substream = -1;
        private int target = -1;
        private boolean inTarget;
        private boolean targetDone;
        private String[] cells = new String[16];
        private int width;
        private long row = -1;
        /** A formula whose text result follows in a StringRecord. */
        private FormulaRecord pendingString;
        private String merged;
        private long formulas;

        Records(Sink sink) {
            this.sink = sink;
        }

        @Override
        public void processRecord(Record r) {
            if (r instanceof BOFRecord bof) {
                depth++;
                if (depth == 1 && bof.getType() != BOFRecord.TYPE_WORKBOOK) {
                    substream++;
                    inTarget = substream == target;
                }
                return;
            }
            if (r instanceof EOFRecord) {
                depth--;
                if (depth == 0) {
                    if (!globalsDone) {
                        globalsDone = true;
                        chooseSheet();
                    } else if (inTarget) {
                        flush();
                        inTarget = false;
                        targetDone = true;
                    }
                }
                return;
            }
            if (!globalsDone) {
                if (r instanceof BoundSheetRecord b) {
                    bound.add(b);
                } else if (r instanceof SSTRecord sst) {
                    strings = sst;
                }
                return;
            }
            if (!inTarget || depth != 1) {
                return;
            }
            if (pendingString != null) {
                FormulaRecord f = pendingString;
                pendingString = null;
                if (r instanceof StringRecord s) {
                    cell(f, s.getString());
                    return;
                }
                cell(f, ""); // a text formula without its string record: an empty text result
            }
            if (r instanceof MergeCellsRecord m) {
                if (merged == null && m.getNumAreas() > 0) {
                    merged = m.getAreaAt(0).formatAsString();
                }
            } else if (r instanceof NumberRecord n) {
                cell(n, number(n, n.getValue()));
            } else if (r instanceof RKRecord rk) {
                cell(rk, number(rk, rk.getRKNumber()));
            } else if (r instanceof LabelSSTRecord l) {
                if (strings == null || l.getSSTIndex() < 0 || l.getSSTIndex() >= strings.getNumUniqueStrings()) {
                    throw new IllegalArgumentException("shared string " + l.getSSTIndex() + " missing");
                }
                cell(l, strings.getString(l.getSSTIndex()).getString());
            } else if (r instanceof LabelRecord l) {
                cell(l, l.getValue());
            } else if (r instanceof BoolErrRecord b) {
                if (b.isError()) {
                    throw error(b, b.getErrorValue());
                }
                cell(b, b.getBooleanValue() ? "TRUE" : "FALSE");
            } else if (r instanceof FormulaRecord f) {
                formulas++;
                CellType type = f.getCachedResultTypeEnum();
                switch (type) {
                    case NUMERIC -> cell(f, number(f, f.getValue()));
                    case BOOLEAN -> cell(f, f.getCachedBooleanValue() ? "TRUE" : "FALSE");
                    case ERROR -> throw error(f, f.getCachedErrorValue());
                    case STRING -> pendingString = f;
                    default -> cell(f, ""); // an empty result
                }
            }
        }

        private void chooseSheet() {
            List<BoundSheetRecord> sheets = new ArrayList<>(bound);
            // substreams follow in the order of their BOF positions, which is not always the sheet tab order
            sheets.sort((a, b) -> Integer.compare(a.getPositionOfBof(), b.getPositionOfBof()));
            List<String> names = sheets.stream().map(BoundSheetRecord::getSheetname).toList();
            String sheet = choose(bound.stream().map(BoundSheetRecord::getSheetname).toList());
            target = names.indexOf(sheet);
        }

        private ImportException error(CellValueRecordInterface c, int code) {
            String v = FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#" + code;
            Where w = where(c.getRow() + 1L, c.getColumn(), null);
            return new ImportException("error.cellError", w + ": the cell holds the error " + v, w, v);
        }

        private String number(CellValueRecordInterface c, double d) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("cell " + Where.letters(c.getColumn()) + (c.getRow() + 1)
                        + " holds no finite number");
            }
            int index = formats.getFormatIndex(c);
            String format = formats.getFormatString(c);
            if (format != null && DateUtil.isADateFormat(index, format) && DateUtil.isValidExcelDate(d)) {
                return DateUtil.getLocalDateTime(d).toLocalDate().toString();
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }

        private void cell(CellValueRecordInterface c, String text) {
            long r = c.getRow() + 1L;
            int column = c.getColumn();
            if (r != row) {
                flush();
                row = r;
            }
            if (column >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
            }
            cells[column] = text;
            width = Math.max(width, column + 1);
        }

        /** Hands the collected row to the sink unless it is empty. */
        private void flush() {
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
            Arrays.fill(cells, 0, width, null);
            width = 0;
        }

        void end() {
            if (!globalsDone) {
                throw new IllegalStateException("the workbook part ends early");
            }
            if (!targetDone) {
                flush(); // a truncated sheet substream: what was read is all there is
            }
            if (merged != null) {
                Where w = where(0, -1, null);
                throw new ImportException("error.merged", w + ": cells " + merged
                        + " are merged; unmerge them and fill in every cell", w, merged);
            }
            if (formulas > 0) {
                notes.add(formulas + " formula cells read by the values saved with them");
            }
        }
    }
}
