/**
 * Chart renderers shared by the window, file export and the client deliverable: every module's chart is built
 * here once (a class per module, e.g. {@code ForecastCharts}), styled by {@link ChartStyle} and exported by
 * {@link ChartExport}.
 */
@Export
@Version("1.0.0")
package com.salesworkbench.charts;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
