package com.salesworkbench.api.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** The content a report section is made of; renderers know every kind. */
public sealed interface ReportBlock {

    record Heading(String text) implements ReportBlock {
    }

    record Paragraph(String text) implements ReportBlock {
    }

    /** A table; cells are already formatted for the report's locale. */
    record Table(List<String> header, List<List<String>> rows) implements ReportBlock {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A chart or other drawing, rendered as vectors where the format allows (PDF) and as an image otherwise.
     *
     * @param aspect width divided by height
     */
    record Figure(String caption, double aspect, Drawing drawing) implements ReportBlock {
        public Figure {
            if (!(aspect > 0)) {
                throw new IllegalArgumentException("aspect must be positive: " + aspect);
            }
        }
    }

    /** Draws into the given area; a JFreeChart's {@code draw(Graphics2D, Rectangle2D)} fits. */
    @FunctionalInterface
    interface Drawing {
        void draw(Graphics2D graphics, Rectangle2D area);
    }
}
