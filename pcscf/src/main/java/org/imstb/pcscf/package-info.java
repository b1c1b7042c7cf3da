/**
 * P-CSCF: first SIP hop for UEs (Gm), Path, Service-Route enforcement, asserted identity, Gq client. Arrives with the registration issue.
 */
package org.imstb.pcscf;
