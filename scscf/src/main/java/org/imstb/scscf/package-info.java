/**
 * S-CSCF: registrar, authentication, Cx MAR/SAR client, iFC and ISC. Arrives with the registration issue.
 */
package org.imstb.scscf;
