/** Topology hiding (THIG) at the I-CSCF: sealed tokens and the message edits that hide one network from another. */
package org.imstb.icscf.thig;
