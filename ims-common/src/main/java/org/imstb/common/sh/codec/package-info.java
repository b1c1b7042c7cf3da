/** Sh codecs: one per message, translation only (TS 29.329 §6.1 command ABNF), no I/O. */
package org.imstb.common.sh.codec;
