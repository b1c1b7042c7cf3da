/** SIP authentication helpers: HTTP Digest (RFC 2617, RFC 3261 §22) and Digest-AKAv1-MD5 (RFC 3310). */
package org.imstb.common.auth;
