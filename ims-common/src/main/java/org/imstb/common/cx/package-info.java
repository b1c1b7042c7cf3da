/**
 * The Cx reference point (TS 29.228 / 29.229): one record per command and direction, one codec per message that
 * translates between the record and jDiameter AVPs (no I/O), and {@link org.imstb.common.cx.CxClient} for the
 * I-CSCF and S-CSCF. The HSS uses the same records and codecs on the server side.
 */
package org.imstb.common.cx;
