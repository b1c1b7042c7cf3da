/**
 * Linux network-namespace plumbing ("fabric") for the netns runtime: one namespace per node, one switch namespace
 * holding a bridge per network, veth ports with optional tc shaping, and a single management link into the host
 * namespace. {@link org.imstb.topology.runtime.netns.NetnsFabric} is the entry point; everything a lab creates
 * carries the prefix {@code imstb-<lab>-} (or is the host link {@code <lab>-mgmt}) and is removed by
 * {@link org.imstb.topology.runtime.netns.NetnsFabric#destroy(String)}.
 */
package org.imstb.topology.runtime.netns;
