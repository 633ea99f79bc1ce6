package com.salesworkbench.io.internal;

import com.salesworkbench.io.ImportException;
import java.util.Locale;

/** Tells a file's real format from its first bytes, and refuses one that is not what its extension says. */
final class Sniffer {

    enum Content { ZIP, OLE2, PDF, BINARY, TEXT, EMPTY }

    private Sniffer() {
    }

    static Content content(byte[] head) {
        if (head.length == 0) {
            return Content.EMPTY;
        }
        if (starts(head, 0x50, 0x4B, 0x03, 0x04) || starts(head, 0x50, 0x4B, 0x05, 0x06)) {
            return Content.ZIP;
        }
        if (starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Content.OLE2;
        }
        if (starts(head, '%', 'P', 'D', 'F')) {
            return Content.PDF;
        }
        int n = Math.min(head.length, 8192);
        boolean utf16 = starts(head, 0xFF, 0xFE) || starts(head, 0xFE, 0xFF);
        int controls = 0;
        for (int i = 0; i < n && !utf16; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return Content.BINARY;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        return controls * 50 > n ? Content.BINARY : Content.TEXT;
    }

    /** The reader to use: {@code csv}, {@code xlsx} or {@code xls}; refuses a mismatch of extension and content. */
    static String format(String fileName, byte[] head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        Content c = content(head);
        if (c == Content.EMPTY) {
            throw new ImportException("error.emptyFile", "File " + fileName + " is empty", fileName);
        }
        boolean textExt = ext.equals("csv") || ext.equals("txt") || ext.equals("tsv");
        boolean xlsxExt = ext.equals("xlsx") || ext.equals("xlsm");
        if (textExt) {
            if (c != Content.TEXT) {
                throw mismatch(fileName, ext, c);
            }
            return "csv";
        }
        if (xlsxExt) {
            if (c != Content.ZIP) {
                throw mismatch(fileName, ext, c);
            }
            return "xlsx";
        }
        if (ext.equals("xls")) {
            // an old Excel 97-2003 workbook: OLE2; a workbook saved as XLSX but named .xls is refused like any mismatch
            if (c != Content.OLE2) {
                throw mismatch(fileName, ext, c);
            }
            return "xls";
        }
        throw new ImportException("error.extension", "File " + fileName + ": expected a .csv, .txt, .tsv, .xlsx or .xls file",
                fileName);
    }

    private static ImportException mismatch(String fileName, String ext, Content c) {
        String what = ext.toUpperCase(Locale.ROOT);
        return new ImportException("error.notWhatExtensionSays", "File " + fileName + ": the extension says " + what
                + (what.equals("XLSX") || what.equals("XLSM") || what.equals("XLS") ? "" : " text")
                + " but the content is " + describe(c), fileName, what, describe(c));
    }

    static ImportException.Term describe(Content c) {
        return new ImportException.Term("content." + c.name().toLowerCase(java.util.Locale.ROOT), english(c));
    }

    private static String english(Content c) {
        return switch (c) {
            case ZIP -> "ZIP (an Office Open XML document)";
            case OLE2 -> "OLE2 (an Office 97-2003 document)";
            case PDF -> "PDF";
            case BINARY -> "binary data";
            case TEXT -> "text";
            case EMPTY -> "empty";
        };
    }

    private static boolean starts(byte[] b, int... sig) {
        if (b.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((b[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }
}
