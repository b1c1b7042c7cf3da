/**
 * Asserted identity and privacy (RFC 3323, RFC 3325, TS 24.229 §4.4): which hosts form a node's trust domain, whether
 * a request really came from one of them, and what happens to P-Asserted-Identity when a message enters or leaves the
 * trust domain. Plain classes: no I/O except the resolver {@link org.imstb.common.sip.privacy.PeerTrust} is given.
 */
package org.imstb.common.sip.privacy;
