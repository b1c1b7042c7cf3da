/**
 * The example AS's side of Sh (TS 29.328 / 29.329) towards its HSS: {@link org.imstb.ue.as.sh.ShAccess} wraps the
 * ims-common {@link org.imstb.common.sh.ShClient} with the few operations the services use (read IMSUserState,
 * read-modify-write of repository data, subscribe, receive PNRs), all asynchronous, never on the caller's thread;
 * {@link org.imstb.ue.as.sh.ServiceData} reads and writes the small ServiceData documents the services keep.
 */
package org.imstb.ue.as.sh;
