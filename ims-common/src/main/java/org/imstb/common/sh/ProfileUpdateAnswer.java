package org.imstb.common.sh;

import org.imstb.common.diameter.dict.DiameterResult;

/**
 * PUA (TS 29.329 §6.1.4).
 *
 * @param result                   Result-Code or Experimental-Result
 * @param wildcardedPublicIdentity Wildcarded-Public-Identity, or null
 * @param repositoryDataId         Repository-Data-ID: the repository data updated and its new sequence number, or
 *                                 null
 * @param dataReference            Data-Reference of the update, or null
 */
public record ProfileUpdateAnswer(DiameterResult result, String wildcardedPublicIdentity,
        RepositoryDataId repositoryDataId, DataReference dataReference) implements Messages {
}
