package org.imstb.common.trace;

/** Protocols whose messages are traced. */
public enum Protocol {
    SIP, DIAMETER
}
