/** Cx codecs: one per message, translation only (TS 29.229 §6.1 command ABNF), no I/O. */
package org.imstb.common.cx.codec;
