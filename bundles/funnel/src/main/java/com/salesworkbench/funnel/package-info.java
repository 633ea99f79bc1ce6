/**
 * Funnel forecasting: the weighted pipeline (the "crystal ball"), stage funnel and conversion, calibrated
 * stage probabilities, the reverse funnel, velocity and coverage, end-to-end marketing analytics and the
 * Monte Carlo risk range. Plain Java: records and pure functions, no framework.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package com.salesworkbench.funnel;
