package com.salesworkbench.ui;

import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.SeriesCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One series of the client: a series file ({@code series/NAME}) and a series id inside it, for the views that
 * let the user pick a series; also the import of dropped CSV files as client series.
 */
public record SeriesChoice(String file, String id) {

    @Override
    public String toString() {
        return file + ": " + id;
    }

    /** Every series of every series file of the client, in file order. */
    public static List<SeriesChoice> all(ClientWorkspace client) {
        return all(client, s -> true);
    }

    /** The series of the client that pass the filter, in file order. */
    public static List<SeriesChoice> all(ClientWorkspace client, java.util.function.Predicate<TimeSeries> filter) {
        List<SeriesChoice> out = new ArrayList<>();
        for (String file : client.seriesNames()) {
            for (TimeSeries s : client.readSeries(file)) {
                if (filter.test(s)) {
                    out.add(new SeriesChoice(file, s.id()));
                }
            }
        }
        return out;
    }

    public TimeSeries read(ClientWorkspace client) {
        return client.readSeries(file).stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("series/" + file + ": no series " + id));
    }

    public static boolean importable(List<Path> files) {
        return !files.isEmpty() && files.stream().allMatch(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"));
    }

    /** The client series name of a dropped file: its name without extension, as the workspace spells names. */
    public static String seriesName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        n = (dot > 0 ? n.substring(0, dot) : n).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        n = n.replaceAll("^[^a-z0-9]+", "");
        return n.isEmpty() ? "imported" : n;
    }

    /**
     * Reads a CSV series file (series_id,ds,y) and saves it as a client series. The file is read completely
     * first, so a bad row (named with its line by SeriesCsv) leaves the client's series untouched.
     */
    public static SeriesChoice importCsv(ClientWorkspace client, Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        List<TimeSeries> series = SeriesCsv.read(file, content);
        String name = seriesName(file);
        client.saveSeries(name, series);
        return new SeriesChoice(name, series.get(0).id());
    }
}
