/**
 * ISC: the S-CSCF side of the reference point to application servers (TS 23.228 §4.2.4, TS 24.229 §5.4.3.2 and
 * §5.4.3.3). {@link org.imstb.scscf.isc.TriggerPoint} compiles the {@code <TriggerPoint>} of an initial filter
 * criterion (TS 29.228 Annex B, C and E) once; {@link org.imstb.scscf.isc.FilterCriteria} walks a service profile's
 * iFCs in priority order against a {@link org.imstb.scscf.isc.RequestView}, which
 * {@link org.imstb.scscf.isc.RequestViews} builds from a JAIN-SIP request. Evaluation is pure: no I/O, no SIP stack.
 */
package org.imstb.scscf.isc;
