/**
 * Pay and motivation: pay schemes as versioned data (fixed part, target variable, rules with parameters),
 * a traceable engine that turns a scheme and a rep's figures into a statement, contests, what-if and a
 * scheme linter, and the daily sales dynamics that show sales held back into the next month. Plain Java: records and pure functions; rule types are
 * {@link com.salesworkbench.api.pay.PayRule} services.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package com.salesworkbench.motivation;
