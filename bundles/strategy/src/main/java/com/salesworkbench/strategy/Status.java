package com.salesworkbench.strategy;

/** Lifecycle of a strategy document: draft, discussion with staff, approved by the head (frozen). */
public enum Status { DRAFT, DISCUSSION, APPROVED }
