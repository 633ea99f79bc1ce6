/**
 * Neutral tables between the data in/out bundle and the modules that own the documents: a {@link Table} of typed
 * columns, the {@link ImportSink} a module registers to turn imported rows of a kind into its own document, and the
 * {@link TableSource} it registers so its documents can be exported. Neither side knows the other's packages: the
 * modules run without the io bundle, and io finds the modules' services by the {@link DataKinds#PROPERTY} property.
 */
@Export
@Version("1.0.0")
package com.salesworkbench.api.data;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
