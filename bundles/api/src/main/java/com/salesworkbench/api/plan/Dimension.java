package com.salesworkbench.api.plan;

/** The analytical cuts of a sales plan. A plan uses any subset of them. */
public enum Dimension {
    PROFIT_CENTRE,
    PRODUCT_GROUP,
    PRODUCT,
    REGION,
    MANAGER,
    CLIENT_KIND,
    CLIENT
}
