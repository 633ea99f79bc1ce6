package com.salesworkbench.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureCatalogTest {

    @TempDir
    Path dir;

    private void feature(String name, String... lines) throws IOException {
        Files.writeString(dir.resolve(name + ".properties"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** core <- data <- forecasting, data <- reports; forecasting and reports share a bundle. */
    private FeatureCatalog sample() throws IOException {
        feature("core", "title = Core", "bundles = com.salesworkbench.api, com.salesworkbench.workspace");
        feature("data", "title = Data", "requires = core", "bundles = org.apache.commons.csv");
        feature("forecasting",
                "title = Forecasting",
                "title.ru = Прогнозирование",
                "title.zh = 预测",
                "requires = data",
                "bundles = org.apache.commons.math3, com.salesworkbench.forecast");
        feature("reports", "title = Reports", "requires = core, data",
                "bundles = org.apache.commons.math3, com.salesworkbench.reports");
        return FeatureCatalog.load(dir);
    }

    private static List<String> names(List<Feature> features) {
        return features.stream().map(Feature::name).toList();
    }

    @Test
    void loadsEveryPropertiesFileAsAFeatureNamedAfterTheFile() throws IOException {
        Files.writeString(dir.resolve("README.txt"), "not a feature");
        FeatureCatalog catalog = sample();
        assertEquals(List.of("core", "data", "forecasting", "reports"), catalog.all().stream().map(Feature::name).toList());
        Feature f = catalog.get("forecasting");
        assertEquals(List.of("data"), f.requires());
        assertEquals(List.of("org.apache.commons.math3", "com.salesworkbench.forecast"), f.bundles());
        assertEquals(List.of(), catalog.get("core").requires());
    }

    @Test
    void emptyAndBlankListsAreEmpty() throws IOException {
        feature("core", "title = Core", "requires =", "bundles = , ,");
        FeatureCatalog catalog = FeatureCatalog.load(dir);
        assertEquals(List.of(), catalog.get("core").requires());
        assertEquals(List.of(), catalog.get("core").bundles());
    }

    @Test
    void closurePutsDependenciesFirstAndListsEachFeatureOnce() throws IOException {
        FeatureCatalog catalog = sample();
        assertEquals(List.of("core", "data", "forecasting"), names(catalog.closure(List.of("forecasting"))));
        assertEquals(List.of("core", "data", "forecasting", "reports"),
                names(catalog.closure(List.of("forecasting", "reports"))));
        assertEquals(List.of("core", "data", "reports", "forecasting"),
                names(catalog.closure(List.of("reports", "forecasting", "core", "reports"))));
        assertEquals(List.of(), catalog.closure(List.of()));
    }

    @Test
    void closureOfAnUnknownFeatureNamesItAndTheKnownOnes() throws IOException {
        FeatureCatalog catalog = sample();
        ProvisioningException e = assertThrows(ProvisioningException.class, () -> catalog.closure(List.of("crm")));
        assertTrue(e.getMessage().contains("'crm'"), e.getMessage());
        assertTrue(e.getMessage().contains("core, data, forecasting, reports"), e.getMessage());
    }

    @Test
    void bundlesFollowTheClosureOrderWithoutDuplicates() throws IOException {
        FeatureCatalog catalog = sample();
        assertEquals(List.of("com.salesworkbench.api", "com.salesworkbench.workspace", "org.apache.commons.csv",
                        "org.apache.commons.math3", "com.salesworkbench.forecast", "com.salesworkbench.reports"),
                catalog.bundles(List.of("forecasting", "reports")));
        assertEquals(List.of("com.salesworkbench.api", "com.salesworkbench.workspace"), catalog.bundles(List.of("core")));
    }

    @Test
    void titlesAreReadAsUtf8AndChosenByLanguageWithEnglishFallback() throws IOException {
        FeatureCatalog catalog = sample();
        Feature f = catalog.get("forecasting");
        assertEquals("Forecasting", f.title(Locale.ENGLISH));
        assertEquals("Прогнозирование", f.title(Locale.forLanguageTag("ru-RU")));
        assertEquals("预测", f.title(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Forecasting", f.title(Locale.GERMAN));
        assertEquals("Data", catalog.get("data").title(Locale.forLanguageTag("ru")));
    }

    @Test
    void aFeatureWithoutAnyTitleIsShownByName() throws IOException {
        feature("core", "requires =");
        assertEquals("core", FeatureCatalog.load(dir).get("core").title(Locale.forLanguageTag("ru")));
    }

    @Test
    void unknownRequiredFeatureIsRejected() throws IOException {
        feature("core", "title = Core");
        feature("forecasting", "requires = core, statistics");
        ProvisioningException e = assertThrows(ProvisioningException.class, () -> FeatureCatalog.load(dir));
        assertEquals("Feature 'forecasting' requires unknown feature 'statistics'", e.getMessage());
    }

    @Test
    void aCycleIsRejectedAndItsPathShown() throws IOException {
        feature("core", "title = Core");
        feature("a", "requires = core, b");
        feature("b", "requires = c");
        feature("c", "requires = a");
        ProvisioningException e = assertThrows(ProvisioningException.class, () -> FeatureCatalog.load(dir));
        assertTrue(e.getMessage().contains("a -> b -> c -> a"), e.getMessage());
    }

    @Test
    void aFeatureRequiringItselfIsACycle() throws IOException {
        feature("core", "title = Core");
        feature("loop", "requires = loop");
        ProvisioningException e = assertThrows(ProvisioningException.class, () -> FeatureCatalog.load(dir));
        assertTrue(e.getMessage().contains("loop -> loop"), e.getMessage());
    }

    @Test
    void aCatalogWithoutCoreIsRejected() throws IOException {
        feature("forecasting", "title = Forecasting");
        ProvisioningException e = assertThrows(ProvisioningException.class, () -> FeatureCatalog.load(dir));
        assertEquals("There is no 'core' feature", e.getMessage());
    }

    @Test
    void coreMustNotRequireOtherFeatures() throws IOException {
        feature("core", "requires = base");
        feature("base", "title = Base");
        ProvisioningException e = assertThrows(ProvisioningException.class, () -> FeatureCatalog.load(dir));
        assertEquals("Feature 'core' must not require other features", e.getMessage());
    }

    @Test
    void anUnknownKeyIsRejectedWithFileAndKey() throws IOException {
        feature("core", "title = Core");
        feature("forecasting", "title = Forecasting", "require = core");
        ProvisioningException e = assertThrows(ProvisioningException.class, () -> FeatureCatalog.load(dir));
        assertTrue(e.getMessage().contains("forecasting.properties"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown key 'require'"), e.getMessage());
    }

    @Test
    void duplicateNamesAreRejected() {
        Feature core = new Feature("core", Map.of(), List.of(), List.of());
        Feature a = new Feature("a", Map.of("en", "A"), List.of("core"), List.of("x"));
        Feature a2 = new Feature("a", Map.of("en", "A again"), List.of("core"), List.of("y"));
        ProvisioningException e = assertThrows(ProvisioningException.class, () -> new FeatureCatalog(List.of(core, a, a2)));
        assertEquals("Feature 'a' is defined twice", e.getMessage());
    }

    @Test
    void aMissingFolderIsReportedAsAProvisioningException() {
        Path missing = dir.resolve("no-such-folder");
        ProvisioningException e = assertThrows(ProvisioningException.class, () -> FeatureCatalog.load(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getCause() instanceof IOException);
    }

    @Test
    void missingBundlesListsPerFeatureTheBundlesThatAreNotAvailable() throws IOException {
        FeatureCatalog catalog = sample();
        Set<String> available = Set.of("com.salesworkbench.api", "com.salesworkbench.workspace",
                "org.apache.commons.csv", "org.apache.commons.math3");
        assertEquals(Map.of(
                        "forecasting", List.of("com.salesworkbench.forecast"),
                        "reports", List.of("com.salesworkbench.reports")),
                catalog.missingBundles(available));
        assertEquals(List.of("forecasting", "reports"), List.copyOf(catalog.missingBundles(available).keySet()));
        assertEquals(Map.of(), catalog.missingBundles(Set.copyOf(catalog.bundles(List.of("forecasting", "reports")))));
        assertEquals(List.of("com.salesworkbench.api", "com.salesworkbench.workspace"),
                catalog.missingBundles(Set.of()).get("core"));
    }

    @Test
    void anAutomaticFeatureJoinsExactlyWhenEverythingItRequiresIsSelected() throws IOException {
        sample();
        feature("desktop", "title = Desktop", "requires = core", "bundles = com.salesworkbench.ui");
        feature("forecasting-desktop", "title = Forecast views", "auto = true", "requires = forecasting, desktop",
                "bundles = com.salesworkbench.ui.forecast");
        // an automatic feature may itself enable another one
        feature("forecasting-desktop-extra", "title = More", "auto = true", "requires = forecasting-desktop, reports",
                "bundles = x.extra");
        FeatureCatalog catalog = FeatureCatalog.load(dir);
        assertTrue(catalog.get("forecasting-desktop").auto());
        assertEquals(List.of("core", "data", "forecasting"), names(catalog.closure(List.of("forecasting"))));
        assertEquals(List.of("core", "desktop"), names(catalog.closure(List.of("desktop"))));
        assertEquals(List.of("core", "data", "forecasting", "desktop", "forecasting-desktop"),
                names(catalog.closure(List.of("forecasting", "desktop"))));
        assertEquals(List.of("core", "data", "forecasting", "desktop", "reports", "forecasting-desktop", "forecasting-desktop-extra"),
                names(catalog.closure(List.of("forecasting", "desktop", "reports"))));
        assertTrue(catalog.bundles(List.of("desktop", "forecasting")).contains("com.salesworkbench.ui.forecast"));
        assertEquals(List.of(), catalog.closure(List.of()));
    }

    @Test
    void anAutomaticFeatureMustRequireSomethingAndAutoIsABoolean() throws IOException {
        sample();
        feature("always", "title = Always", "auto = true", "bundles = x");
        ProvisioningException e = assertThrows(ProvisioningException.class, () -> FeatureCatalog.load(dir));
        assertTrue(e.getMessage().contains("'always'"), e.getMessage());
        feature("always", "title = Always", "auto = yes", "requires = data", "bundles = x");
        e = assertThrows(ProvisioningException.class, () -> FeatureCatalog.load(dir));
        assertTrue(e.getMessage().contains("auto = yes"), e.getMessage());
    }
}
