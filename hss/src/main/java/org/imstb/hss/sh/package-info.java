/**
 * The HSS side of Sh (TS 29.328, TS 29.329): one handler per command (UDR, PUR, SNR) and the HSS-initiated PNR
 * sender ({@link org.imstb.hss.sh.PushNotifier}). Handlers decode with the ims-common codecs, check the asking
 * application server against {@code sh.allowedPeers}, decide against the subscriber store and answer with the result
 * codes of TS 29.329 §6.2.
 */
package org.imstb.hss.sh;
