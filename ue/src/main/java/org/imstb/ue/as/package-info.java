/**
 * The example application server (TS 23.218, TS 24.229 §5.7) the testbed ships: one node process
 * ({@code imstb node as --config FILE}) exposing services that the S-CSCF reaches over ISC, each picked by the user
 * part of the AS's own top Route URI (else of the Request-URI): an AS acting as proxy, as terminating UA
 * (voicemail), as redirect server, as routing B2BUA and as third-party registration target (which may also act as
 * originating UA and send a welcome MESSAGE). With {@code diameter} configured it is also an Sh client of its HSS
 * (package {@code sh}): the thirdparty and voicemail services keep per-user data there. Every key of {@link org.imstb.ue.as.AsConfig} is documented in
 * docs/application-servers.md.
 */
package org.imstb.ue.as;
