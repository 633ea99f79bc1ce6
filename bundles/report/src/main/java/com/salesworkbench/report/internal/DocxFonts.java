package com.salesworkbench.report.internal;

import com.salesworkbench.fonts.WorkbenchFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;

/**
 * Embeds Noto Sans SC in a DOCX the way Word does (ECMA-376 part 1, 17.8): a subset of each face holding only the
 * characters the document uses (Apache FontBox's TTFSubsetter; the whole face is 10 MB), obfuscated as an .odttf
 * part (the first 32 bytes XORed with the font key GUID, 17.8.1), related from word/fontTable.xml by
 * {@code w:embedRegular} / {@code w:embedBold} with its {@code w:fontKey}, and {@code w:embedTrueTypeFonts} +
 * {@code w:saveSubsetFonts} in the settings. POI writes none of this, so the parts are made with its package API.
 */
final class DocxFonts {

    static final String FONT_TABLE_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    static final String FONT_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";
    static final String FONT_TABLE_CONTENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    static final String OBFUSCATED_FONT_CONTENT = "application/vnd.openxmlformats-officedocument.obfuscatedFont";

    /** The tables a TrueType renderer needs; layout tables (GSUB, GPOS...) refer to glyphs a subset drops. */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm",
            "gasp", "cmap", "name", "OS/2", "post");

    /** Each face parsed once per class loader (about 0.4 s each); subsetting reads it, so one report at a time. */
    private static final Map<WorkbenchFonts.Face, TrueTypeFont> PARSED = new EnumMap<>(WorkbenchFonts.Face.class);

    private DocxFonts() {
    }

    /**
     * Parses both faces now unless done before: the renderer starts this beside drawing the figures, so that a
     * first (cold) DOCX does not wait for it afterwards.
     */
    static void load() {
        try {
            synchronized (PARSED) {
                for (WorkbenchFonts.Face face : WorkbenchFonts.Face.values()) {
                    parsed(face);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Subsets both faces to the document's characters and embeds them; call when the document is complete. */
    static void embed(XWPFDocument doc) {
        Set<Integer> used = usedCodePoints(doc);
        try {
            OPCPackage pkg = doc.getPackage();
            PackagePart main = doc.getPackagePart();
            if (!main.getRelationshipsByType(FONT_TABLE_TYPE).isEmpty()) {
                throw new IllegalStateException("the document already has a font table");
            }
            PackagePartName tableName = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart table = pkg.createPart(tableName, FONT_TABLE_CONTENT);
            main.addRelationship(tableName, TargetMode.INTERNAL, FONT_TABLE_TYPE);
            StringBuilder embeds = new StringBuilder();
            OS2WindowsMetricsTable os2 = null;
            int n = 0;
            for (WorkbenchFonts.Face face : WorkbenchFonts.Face.values()) {
                byte[] subset;
                synchronized (PARSED) {
                    TrueTypeFont font = parsed(face);
                    os2 = os2 == null ? font.getOS2Windows() : os2;
                    subset = subset(font, used);
                }
                UUID key = UUID.nameUUIDFromBytes(subset); // the same document gives the same file
                String fontKey = "{" + key.toString().toUpperCase(Locale.ROOT) + "}";
                PackagePartName partName = PackagingURIHelper.createPartName("/word/fonts/font" + (++n) + ".odttf");
                PackagePart part = pkg.createPart(partName, OBFUSCATED_FONT_CONTENT);
                try (OutputStream out = part.getOutputStream()) {
                    out.write(obfuscate(subset, fontKey));
                }
                PackageRelationship rel = table.addRelationship(partName, TargetMode.INTERNAL, FONT_TYPE);
                embeds.append("<w:").append(face == WorkbenchFonts.Face.BOLD ? "embedBold" : "embedRegular")
                        .append(" r:id=\"").append(rel.getId()).append("\" w:fontKey=\"").append(fontKey).append("\" w:subsetted=\"1\"/>");
            }
            try (OutputStream out = table.getOutputStream()) {
                out.write(fontTable(os2, embeds.toString()).getBytes(StandardCharsets.UTF_8));
            }
            CTSettings settings = doc.getSettings().getCTSettings();
            if (!settings.isSetEmbedTrueTypeFonts()) {
                settings.addNewEmbedTrueTypeFonts();
            }
            if (!settings.isSetSaveSubsetFonts()) {
                settings.addNewSaveSubsetFonts();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every character of the document's text, headers and footers, and printable ASCII for what Word fills in. */
    static Set<Integer> usedCodePoints(XWPFDocument doc) {
        Set<Integer> used = new TreeSet<>();
        for (int c = 0x20; c < 0x7f; c++) {
            used.add(c); // page numbers, the contents' dots and digits, and a little room to edit
        }
        try (XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            text.setCloseFilesystem(false); // the document is still being written
            text.getText().codePoints().filter(c -> c >= 0x20).forEach(used::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return used;
    }

    static byte[] subset(TrueTypeFont font, Set<Integer> codePoints) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
        subsetter.addAll(codePoints);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }

    /**
     * ECMA-376 part 1, 17.8.1: the GUID's 32 hex digits read as 16 bytes from the right are the key; the font's first
     * 32 bytes are XORed with it (twice over). The same operation undoes it.
     */
    static byte[] obfuscate(byte[] font, String fontKey) {
        byte[] guid = HexFormat.of().parseHex(fontKey.replaceAll("[{}-]", ""));
        byte[] out = font.clone();
        for (int i = 0; i < 32 && i < out.length; i++) {
            out[i] ^= guid[15 - i % 16];
        }
        return out;
    }

    /**
     * FontBox warns on every parse that it skips the face's format 14 cmap (Unicode variation sequences), which a
     * subset for Word does not need; through commons-logging that would be a line on the user's console. Held here
     * because java.util.logging keeps its loggers only weakly.
     */
    private static final java.util.logging.Logger CMAP_LOG = java.util.logging.Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable");

    private static TrueTypeFont parsed(WorkbenchFonts.Face face) throws IOException {
        TrueTypeFont font = PARSED.get(face);
        if (font == null) {
            CMAP_LOG.setLevel(java.util.logging.Level.SEVERE);
            font = new TTFParser().parse(new RandomAccessReadBuffer(WorkbenchFonts.bytes(face)));
            PARSED.put(face, font);
        }
        return font;
    }

    /** The family's entry as Word writes it: PANOSE, charset, family, pitch and Unicode / code page signature. */
    private static String fontTable(OS2WindowsMetricsTable os2, String embeds) {
        String sig = os2 == null ? "" : String.format(Locale.ROOT, "<w:sig w:usb0=\"%08X\" w:usb1=\"%08X\" w:usb2=\"%08X\" w:usb3=\"%08X\" w:csb0=\"%08X\" w:csb1=\"%08X\"/>",
                os2.getUnicodeRange1(), os2.getUnicodeRange2(), os2.getUnicodeRange3(), os2.getUnicodeRange4(),
                os2.getCodePageRange1(), os2.getCodePageRange2());
        String panose = os2 == null ? "" : "<w:panose1 w:val=\"" + HexFormat.of().withUpperCase().formatHex(os2.getPanose()) + "\"/>";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<w:font w:name=\"" + WorkbenchFonts.FAMILY + "\">" + panose
                + "<w:charset w:val=\"86\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/>" + sig + embeds
                + "</w:font></w:fonts>";
    }
}
