package com.salesworkbench.ui;

import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.workspace.ClientWorkspace;
import java.awt.event.ActionListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javax.swing.JComboBox;

/**
 * One series of the client: a series file ({@code series/NAME}) and a series id inside it, for the views that
 * let the user pick a series; also the name a dropped file's data is imported under.
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
    public static List<SeriesChoice> all(ClientWorkspace client, Predicate<TimeSeries> filter) {
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

    /** The first series of a series file (what an import just wrote), or null when it holds none. */
    public static SeriesChoice first(ClientWorkspace client, String file) {
        List<TimeSeries> series = client.readSeries(file);
        return series.isEmpty() ? null : new SeriesChoice(file, series.get(0).id());
    }

    /** The series to show among {@code all}: {@code wanted} while it is still there, else the first; null for none. */
    public static SeriesChoice pick(List<SeriesChoice> all, SeriesChoice wanted) {
        return wanted != null && all.contains(wanted) ? wanted : all.isEmpty() ? null : all.get(0);
    }

    /**
     * Puts {@code all} into a chooser with {@code chosen} selected, without telling the chooser's listeners (the
     * view decides itself whether the change needs new figures).
     */
    public static void fill(JComboBox<SeriesChoice> chooser, List<SeriesChoice> all, SeriesChoice chosen) {
        ActionListener[] listeners = chooser.getActionListeners();
        for (ActionListener l : listeners) {
            chooser.removeActionListener(l);
        }
        chooser.removeAllItems();
        all.forEach(chooser::addItem);
        if (chosen != null) {
            chooser.setSelectedItem(chosen);
        }
        for (ActionListener l : listeners) {
            chooser.addActionListener(l);
        }
    }

    public TimeSeries read(ClientWorkspace client) {
        return client.readSeries(file).stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("series/" + file + ": no series " + id));
    }

    /** The workspace name of a dropped file's data: its name without extension, as the workspace spells names. */
    public static String seriesName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        n = (dot > 0 ? n.substring(0, dot) : n).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        n = n.replaceAll("^[^a-z0-9]+", "");
        n = n.length() > 64 ? n.substring(0, 64) : n; // the workspace's longest name
        return n.isEmpty() ? "imported" : n;
    }
}
