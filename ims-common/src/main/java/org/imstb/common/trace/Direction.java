package org.imstb.common.trace;

/** Whether a node received or sent a message. */
public enum Direction {
    IN, OUT
}
