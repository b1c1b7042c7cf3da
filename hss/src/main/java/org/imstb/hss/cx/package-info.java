/**
 * The HSS side of Cx (TS 29.228 §6, TS 29.229): one handler per command (UAR, MAR, SAR, LIR) and the
 * HSS-initiated RTR/PPR senders. Handlers decode with the ims-common codecs, decide against the subscriber store
 * and answer with the result codes of TS 29.229 §6.2.
 */
package org.imstb.hss.cx;
