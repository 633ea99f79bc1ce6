package com.salesworkbench.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import org.junit.jupiter.api.Test;

class WorkbenchFontsTest {

    @Test
    void bothFacesCoverTheThreeLanguagesOfTheWorkbench() {
        for (WorkbenchFonts.Face face : WorkbenchFonts.Face.values()) {
            Font font = WorkbenchFonts.font(face, 12f);
            assertEquals(WorkbenchFonts.FAMILY, font.getFamily());
            assertEquals(-1, font.canDisplayUpTo("План продаж: Ёлки, Щётки"), face + " Cyrillic");
            assertEquals(-1, font.canDisplayUpTo("销售计划与季节性模型"), face + " Chinese");
            assertEquals(-1, font.canDisplayUpTo("Sales plan 1,162,500.50 (+12%)"), face + " Latin");
        }
    }

    @Test
    void theFileIsTrueType() {
        byte[] ttf = WorkbenchFonts.bytes(WorkbenchFonts.Face.REGULAR);
        assertTrue(ttf.length > 1_000_000, "the whole font, not a subset");
        assertEquals(0x00010000, ((ttf[0] & 0xff) << 24) | ((ttf[1] & 0xff) << 16) | ((ttf[2] & 0xff) << 8) | (ttf[3] & 0xff));
    }
}
