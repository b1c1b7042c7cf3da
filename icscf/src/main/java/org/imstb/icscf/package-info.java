/**
 * I-CSCF: home-network entry point, Cx UAR/LIR client, S-CSCF selection, THIG. Arrives with the registration issue.
 */
package org.imstb.icscf;
