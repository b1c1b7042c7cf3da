/**
 * HEP v3 export of a node's trace records to a Homer collector (docs/hep.md): {@link
 * org.imstb.common.trace.hep.Hep3Encoder} writes the packets (a codec, no I/O), {@link
 * org.imstb.common.trace.hep.HepRecords} maps a trace record to their fields (Diameter as the JSON of {@link
 * org.imstb.common.trace.hep.DiameterJson}), and {@link org.imstb.common.trace.hep.HepExporter} is the node's observer
 * that sends them over UDP from its own thread, configured by {@link org.imstb.common.trace.hep.HepConfig}
 * ({@code trace.hep}).
 */
package org.imstb.common.trace.hep;
