package com.salesworkbench.io.internal;

/**
 * Chooses the CSV delimiter among comma, semicolon and tab: the one that occurs outside quotes the same,
 * non-zero number of times on the most of the first lines (ties go to more occurrences, then comma). A file
 * with a single column has none of them, and comma is as good as any.
 */
final class Delimiters {

    private static final char[] CANDIDATES = {',', ';', '\t'};

    private Delimiters() {
    }

    static char detect(String text) {
        String[] lines = firstLines(text, 30);
        char best = ',';
        double bestScore = 0;
        for (char c : CANDIDATES) {
            int[] counts = new int[lines.length];
            for (int i = 0; i < lines.length; i++) {
                counts[i] = countOutsideQuotes(lines[i], c);
            }
            int mode = mode(counts);
            if (mode == 0) {
                continue;
            }
            int agree = 0;
            for (int n : counts) {
                if (n == mode) {
                    agree++;
                }
            }
            double score = agree * 1000.0 + mode;
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    private static String[] firstLines(String text, int max) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = 0;
        while (start < text.length() && out.size() < max) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                out.add(line);
            }
            start = end + 1;
        }
        return out.toArray(new String[0]);
    }

    private static int countOutsideQuotes(String line, char c) {
        boolean quoted = false;
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }

    private static int mode(int[] counts) {
        java.util.Map<Integer, Integer> freq = new java.util.HashMap<>();
        int best = 0;
        int bestFreq = 0;
        for (int n : counts) {
            int f = freq.merge(n, 1, Integer::sum);
            if (f > bestFreq || (f == bestFreq && n > best)) {
                best = n;
                bestFreq = f;
            }
        }
        return best;
    }
}
