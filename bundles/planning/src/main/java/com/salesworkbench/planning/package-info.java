/**
 * Sales plan: a grid of cells keyed by any subset of the plan dimensions and a period, with subtotals along
 * every dimension and coarser periods, top-down targets (phased with the seasonality module) beside the
 * bottom-up figures and the gap between them; units to money by average check and target margin; growth
 * analysis, annual plan bases, quotas and run-rate. Pure Java, no framework needed.
 */
@Export
@Version("1.0.0")
package com.salesworkbench.planning;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
