package org.imstb.ue.session;

/** A MESSAGE (RFC 3428) the UE received: who sent it (P-Asserted-Identity, else From), to whom, and the text. */
public record IncomingMessage(String from, String to, String contentType, String text) {
}
