package com.salesworkbench.api.data;

/** The service property that names the kind of data an {@link ImportSink} or {@link TableSource} serves, and its values. */
public final class DataKinds {

    /** Service property: the kind, one of the constants below (or a kind of a plug-in's own). */
    public static final String PROPERTY = "salesworkbench.data.kind";
    /** A sales plan grid (planning module): documents {@code plans/NAME}. */
    public static final String PLAN = "plan";
    /** A pipeline of opportunities (funnel module): documents {@code funnel/pipelines/NAME}. */
    public static final String PIPELINE = "pipeline";
    /** Pay statements (motivation module). */
    public static final String STATEMENT = "statement";
    /** Forecasts with their history and intervals (forecast module). */
    public static final String FORECAST = "forecast";

    private DataKinds() {
    }
}
