package com.salesworkbench.swot;

import com.salesworkbench.strategy.Link;

/** A finding of another module that can become SWOT evidence: its object, what was found, where it fits. */
public record Finding(Link link, String text, Quadrant suggested) {
}
