/**
 * Seasonal modelling: moving averages, additive and multiplicative decomposition (as R's
 * {@code stats::decompose}), trend curves with R^2, a seasonal forecast, month shares and phasing a target
 * over periods with locks. Pure functions over arrays and immutable values; no framework needed.
 */
@Export
@Version("1.0.0")
package com.salesworkbench.seasonality;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
