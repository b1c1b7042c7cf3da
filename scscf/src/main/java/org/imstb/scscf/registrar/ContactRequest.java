package org.imstb.scscf.registrar;

/**
 * One Contact of a REGISTER, already checked: its URI, the whole header value and the expiry the registrar grants
 * (0 removes the binding).
 */
public record ContactRequest(String contactUri, String contact, int expires) {
}
