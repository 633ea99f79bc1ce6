package com.salesworkbench.strategy;

import java.time.LocalDate;

/** A control point of a step: a date, what must be true then, and whether it was reached. */
public record ControlPoint(LocalDate date, String criterion, boolean reached) {
}
