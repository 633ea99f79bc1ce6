package com.salesworkbench.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Noto Sans SC, one family with Latin, Cyrillic and Chinese glyphs, so that every language of the workbench
 * renders the same on any machine (a bare Linux has no Chinese font; PDF and DOCX embed it).
 */
public final class WorkbenchFonts {

    public static final String FAMILY = "Noto Sans SC";

    public enum Face {
        REGULAR("NotoSansSC_400Regular.ttf"), BOLD("NotoSansSC_700Bold.ttf");

        private final String resource;

        Face(String resource) {
            this.resource = resource;
        }

        /** The file name inside this bundle, also a fine name for an embedded copy. */
        public String fileName() {
            return resource;
        }
    }

    private static final Map<Face, Font> LOADED = new EnumMap<>(Face.class);

    private WorkbenchFonts() {
    }

    /** The TrueType file of a face; the caller closes the stream. */
    public static InputStream open(Face face) {
        InputStream in = WorkbenchFonts.class.getResourceAsStream(face.fileName());
        if (in == null) {
            throw new IllegalStateException("font " + face.fileName() + " is missing from the fonts bundle");
        }
        return in;
    }

    /** The whole TrueType file of a face. */
    public static byte[] bytes(Face face) {
        try (InputStream in = open(face)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The face as an AWT font of the given size, registered with the graphics environment on first use so
     * that Swing and Java2D find the family by name too.
     */
    public static Font font(Face face, float size) {
        return base(face).deriveFont(size);
    }

    private static synchronized Font base(Face face) {
        return LOADED.computeIfAbsent(face, f -> {
            try (InputStream in = open(f)) {
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("font " + f.fileName() + " cannot be read", e);
            }
        });
    }
}
