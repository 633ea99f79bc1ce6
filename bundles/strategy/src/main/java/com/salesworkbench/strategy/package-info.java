/**
 * Strategy documents as plain values: horizons and chapters with live links, the lifecycle with its objections
 * log, frozen versions and their comparison, goals, the action plan with control points, readiness and risks,
 * the consulting engagement plan; and the {@link com.salesworkbench.strategy.LinkResolver} extension point.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package com.salesworkbench.strategy;
