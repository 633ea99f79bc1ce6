package com.salesworkbench.io.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Detects the text encoding of a CSV file: a byte-order mark decides; else strict UTF-8 when the bytes decode
 * (any non-ASCII text that is not UTF-8 almost never does); else Windows-1251 or GBK by a score. The score is the
 * share of GBK double-byte characters that fall in GB2312 level 1 (lead byte 0xB0-0xD7, trail 0xA1-0xFE), where
 * the 3 755 most frequent Chinese characters live. Russian text in cp1251 is mostly lower-case letters
 * (0xE0-0xFF), which as GBK lead bytes lie outside that block, so it scores low; Chinese text scores high.
 */
final class Encodings {

    static final Charset CP1251 = Charset.forName("windows-1251");
    static final Charset GBK = Charset.forName("GBK");

    /** A detected encoding, how many bytes of byte-order mark to skip, and the text when already decoded. */
    record Detected(Charset charset, int bom, String text) {
        Detected(Charset charset, int bom) {
            this(charset, bom, null);
        }
    }

    private Encodings() {
    }

    static Detected detect(byte[] data) {
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (data.length >= 2 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (data.length >= 2 && (data[0] & 0xFF) == 0xFE && (data[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        try {
            return new Detected(StandardCharsets.UTF_8, 0, decodeStrict(data, 0, StandardCharsets.UTF_8));
        } catch (CharacterCodingException notUtf8) {
            // fall through to the single-byte / double-byte guess
        }
        return new Detected(gbkScore(data) >= 0.6 && decodes(data, GBK) ? GBK : CP1251, 0);
    }

    /** Whether the bytes decode without a single malformed or unmappable sequence. */
    static boolean decodes(byte[] data, Charset cs) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            d.decode(ByteBuffer.wrap(data));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Share of double-byte pairs (lead 0x81-0xFE) that are GB2312 level-1 characters. */
    static double gbkScore(byte[] data) {
        int pairs = 0;
        int level1 = 0;
        for (int i = 0; i + 1 < data.length; i++) {
            int lead = data[i] & 0xFF;
            if (lead < 0x81 || lead == 0xFF) {
                continue;
            }
            int trail = data[i + 1] & 0xFF;
            pairs++;
            if (lead >= 0xB0 && lead <= 0xD7 && trail >= 0xA1 && trail <= 0xFE) {
                level1++;
            }
            i++;
        }
        return pairs == 0 ? 0 : (double) level1 / pairs;
    }

    /** Decodes strictly; the position of the first bad byte when that fails (for the error message). */
    static String decodeStrict(byte[] data, int offset, Charset cs) throws CharacterCodingException {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = d.decode(ByteBuffer.wrap(data, offset, data.length - offset));
        return out.toString();
    }
}
