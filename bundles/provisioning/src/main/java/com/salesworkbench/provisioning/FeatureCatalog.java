package com.salesworkbench.provisioning;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The features of a distribution, read from {@code features/<name>.properties}:
 * <pre>
 * title = Forecasting
 * title.ru = Прогнозирование
 * title.zh = 预测
 * requires = core
 * bundles = org.apache.commons.math3, com.salesworkbench.forecast
 * </pre>
 * A feature with {@code auto = true} is never named by a profile: it joins any selection that holds every
 * feature it requires (the plan views where both {@code planning} and {@code desktop} are).
 * The catalog checks that every required feature exists and that there are no cycles; whether the
 * bundles exist and resolve is checked against a bundle folder by {@link #missingBundles}.
 */
public final class FeatureCatalog {

    /** The feature every installation runs: the launcher boots it, provisioning never removes it. */
    public static final String CORE = "core";

    private final Map<String, Feature> features;

    public FeatureCatalog(Collection<Feature> features) {
        Map<String, Feature> byName = new TreeMap<>();
        for (Feature f : features) {
            if (byName.put(f.name(), f) != null) {
                throw new ProvisioningException("Feature '" + f.name() + "' is defined twice");
            }
        }
        this.features = byName;
        for (Feature f : byName.values()) {
            for (String r : f.requires()) {
                if (!byName.containsKey(r)) {
                    throw new ProvisioningException("Feature '" + f.name() + "' requires unknown feature '" + r + "'");
                }
            }
        }
        if (!byName.containsKey(CORE)) {
            throw new ProvisioningException("There is no '" + CORE + "' feature");
        }
        if (!byName.get(CORE).requires().isEmpty()) {
            throw new ProvisioningException("Feature '" + CORE + "' must not require other features");
        }
        for (Feature f : byName.values()) {
            if (f.auto() && f.requires().isEmpty()) {
                throw new ProvisioningException("Feature '" + f.name() + "' is automatic but requires nothing, so it would always be installed");
            }
        }
        byName.keySet().forEach(n -> closure(List.of(n))); // detects cycles early
    }

    /** Reads every {@code *.properties} file of {@code folder}. */
    public static FeatureCatalog load(Path folder) {
        List<Feature> list = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".properties")).sorted().toList()) {
                list.add(read(file));
            }
        } catch (IOException e) {
            throw new ProvisioningException("Cannot read the features in " + folder + ": " + e.getMessage(), e);
        }
        return new FeatureCatalog(list);
    }

    static Feature read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".properties".length());
        Map<String, String> titles = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.equals("title")) {
                titles.put("en", p.getProperty(key).trim());
            } else if (key.startsWith("title.")) {
                titles.put(key.substring("title.".length()), p.getProperty(key).trim());
            } else if (!key.equals("requires") && !key.equals("bundles") && !key.equals("auto")) {
                throw new ProvisioningException(file + ": unknown key '" + key + "' (expected title, title.<lang>, requires, bundles, auto)");
            }
        }
        String auto = p.getProperty("auto", "false").trim();
        if (!auto.equals("true") && !auto.equals("false")) {
            throw new ProvisioningException(file + ": auto = " + auto + " (expected true or false)");
        }
        return new Feature(name, titles, list(p.getProperty("requires")), list(p.getProperty("bundles")),
                auto.equals("true"));
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public Collection<Feature> all() {
        return features.values();
    }

    public Feature get(String name) {
        Feature f = features.get(name);
        if (f == null) {
            throw new ProvisioningException("Unknown feature '" + name + "'; known: " + String.join(", ", features.keySet()));
        }
        return f;
    }

    /**
     * The given features and everything they require, dependencies first, each once; then every automatic
     * feature whose requirements are all in the selection (repeatedly, as one may enable another).
     */
    public List<Feature> closure(Collection<String> names) {
        LinkedHashSet<String> done = new LinkedHashSet<>();
        for (String n : names) {
            visit(n, done, new ArrayDeque<>());
        }
        boolean added = !done.isEmpty();
        while (added) {
            added = false;
            for (Feature f : features.values()) {
                if (f.auto() && !done.contains(f.name()) && done.containsAll(f.requires())) {
                    done.add(f.name());
                    added = true;
                }
            }
        }
        return done.stream().map(features::get).toList();
    }

    private void visit(String name, Set<String> done, Deque<String> path) {
        if (done.contains(name)) {
            return;
        }
        if (path.contains(name)) {
            throw new ProvisioningException("Features require each other in a cycle: "
                    + String.join(" -> ", path) + " -> " + name);
        }
        Feature f = get(name);
        path.addLast(name);
        for (String r : f.requires()) {
            visit(r, done, path);
        }
        path.removeLast();
        done.add(name);
    }

    /** Bundle symbolic names of the given features and their requirements, in order, each once. */
    public List<String> bundles(Collection<String> featureNames) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        closure(featureNames).forEach(f -> out.addAll(f.bundles()));
        return List.copyOf(out);
    }

    /** For each feature that names a bundle not in {@code available}: feature name to the missing names. */
    public Map<String, List<String>> missingBundles(Set<String> available) {
        Map<String, List<String>> missing = new TreeMap<>();
        for (Feature f : features.values()) {
            List<String> m = f.bundles().stream().filter(b -> !available.contains(b)).toList();
            if (!m.isEmpty()) {
                missing.put(f.name(), m);
            }
        }
        return missing;
    }
}
