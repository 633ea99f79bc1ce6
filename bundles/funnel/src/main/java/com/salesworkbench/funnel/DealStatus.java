package com.salesworkbench.funnel;

/** Where a deal stands: still open, won, or lost. Win rates count only closed deals. */
public enum DealStatus {
    OPEN, WON, LOST
}
