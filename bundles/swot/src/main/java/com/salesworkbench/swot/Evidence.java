package com.salesworkbench.swot;

import com.salesworkbench.strategy.Link;

/** Where an item came from: another module's finding, with the link to its object kept. */
public record Evidence(Link link, String finding) {
}
