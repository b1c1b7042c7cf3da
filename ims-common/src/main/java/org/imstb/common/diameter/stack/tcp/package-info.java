/**
 * TCP transport for jDiameter 1.6, plugged into its own extension points ({@code <Extensions><Connection/>
 * <NetworkGuard/>}).
 * <ul>
 * <li>Nagle's algorithm off (TCP_NODELAY) on every connection. jDiameter leaves it on, and with several requests in
 * flight on one connection every small message then waits for the peer's delayed ACK: measured on loopback, the HSS
 * answered about 1,500 requests/s with 32 in flight while both processes sat idle.</li>
 * <li>Connections peers open to us are {@link org.imstb.common.diameter.stack.tcp.AcceptedConnection}s: the CER is
 * admitted or refused with a CEA before jDiameter sees it ({@link org.imstb.common.diameter.stack.tcp.PeerAdmission};
 * jDiameter would close without a CEA), and the lengths of every message are checked
 * ({@link org.imstb.common.diameter.stack.tcp.FrameCheck}; jDiameter drops such a request without an answer, or
 * loops for ever on an AVP without its padding).</li>
 * </ul>
 * Connections we open stay jDiameter's own ({@link org.imstb.common.diameter.stack.tcp.NoDelayConnection}).
 */
package org.imstb.common.diameter.stack.tcp;
