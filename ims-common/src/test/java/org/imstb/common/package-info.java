/** Shared test helpers for every module (published as the ims-common test-jar). */
package org.imstb.common;
