/** Code shared by every node: configuration, node lifecycle, Diameter and SIP helpers, tracing. */
package org.imstb.common;
