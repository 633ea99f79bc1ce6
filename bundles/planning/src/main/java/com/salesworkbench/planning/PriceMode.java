package com.salesworkbench.planning;

/** How a target margin turns a unit cost (the seed's "average check") into a unit price. */
public enum PriceMode {
    /** price = cost x (1 + margin): the margin is a markup on cost (reproduces table 4 of the seed). */
    MARKUP,
    /** price = cost / (1 - margin): the margin is a share of the price; a margin of 100% or more is refused. */
    MARGIN_ON_PRICE
}
