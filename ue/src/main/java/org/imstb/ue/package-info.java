/**
 * Test endpoints: the scriptable UE and the example AS. Arrive with the registration issue.
 */
package org.imstb.ue;
