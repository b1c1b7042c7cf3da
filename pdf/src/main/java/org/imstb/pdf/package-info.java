/**
 * PDF: Gq server and media authorisation. Arrives with the policy issue.
 */
package org.imstb.pdf;
