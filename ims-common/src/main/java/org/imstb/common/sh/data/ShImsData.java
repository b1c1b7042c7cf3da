package org.imstb.common.sh.data;

import java.util.List;

/**
 * Sh-IMS-Data (TS 29.328 Annex C, tShIMSData), the parts the testbed uses.
 *
 * @param scscfName             SCSCFName: the assigned S-CSCF's SIP URI, or null
 * @param initialFilterCriteria the InitialFilterCriteria elements of IFCs, each as XML text (TS 29.228 Annex B)
 * @param imsUserState          IMSUserState, or null
 */
public record ShImsData(String scscfName, List<String> initialFilterCriteria, ImsUserState imsUserState) {
    public ShImsData {
        initialFilterCriteria = initialFilterCriteria == null ? List.of() : List.copyOf(initialFilterCriteria);
    }

    /** Nothing set. */
    public boolean isEmpty() {
        return scscfName == null && initialFilterCriteria.isEmpty() && imsUserState == null;
    }
}
