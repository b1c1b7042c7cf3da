package org.imstb.common.sh;

/**
 * Repository-Data-ID (TS 29.329 §6.3.24): the repository data a PUA is about and its sequence number after the
 * update.
 *
 * @param serviceIndication Service-Indication
 * @param sequenceNumber    Sequence-Number
 */
public record RepositoryDataId(String serviceIndication, long sequenceNumber) {
}
