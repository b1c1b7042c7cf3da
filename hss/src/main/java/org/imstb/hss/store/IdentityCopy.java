package org.imstb.hss.store;

import java.util.List;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.ServerCapabilities;

/**
 * The in-memory copy of what requests read about one public identity, all provisioning data: the identity (for a
 * wildcard match, the wildcarded PSI), its implicit registration set (that identity first), who holds the set (null if
 * the subscription has no private identity) and the subscription's S-CSCF capabilities (null if none are stored).
 * One entry per identity instead of one per kind: each cache entry costs about 70 bytes of its own.
 */
record IdentityCopy(PublicIdentity identity, List<PublicIdentity> implicitSet, UserDataReader.Owner owner,
                    ServerCapabilities capabilities) {
    IdentityCopy {
        implicitSet = List.copyOf(implicitSet);
    }
}
