/** The forecasting engine: metrics, input checks, decomposition helpers for models, combinations, backtests. */
@Export
@Version("1.1.0")
package com.salesworkbench.forecast;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
