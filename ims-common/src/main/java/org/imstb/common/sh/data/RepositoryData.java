package org.imstb.common.sh.data;

import java.util.Objects;

/**
 * One RepositoryData element (TS 29.328 Annex C, tTransparentData): transparent data an application server keeps in
 * the HSS for a public identity, under a Service-Indication.
 *
 * @param serviceIndication ServiceIndication: names the data
 * @param sequenceNumber    SequenceNumber 0..65535: 0 when the data is created, then {@link #next(int)} on every
 *                          update
 * @param serviceData       ServiceData: the content of the element as XML text (any elements, kept as they came), or
 *                          null: no ServiceData (in a PUR this deletes the data)
 */
public record RepositoryData(String serviceIndication, int sequenceNumber, String serviceData) {
    /** The largest sequence number; the one after it is 1 (0 only ever means "new"). */
    public static final int MAX_SEQUENCE_NUMBER = 65535;

    public RepositoryData {
        Objects.requireNonNull(serviceIndication, "serviceIndication");
        if (serviceIndication.isBlank()) {
            throw new IllegalArgumentException("ServiceIndication must not be empty");
        }
        if (sequenceNumber < 0 || sequenceNumber > MAX_SEQUENCE_NUMBER) {
            throw new IllegalArgumentException("SequenceNumber must be 0.." + MAX_SEQUENCE_NUMBER + ", got "
                    + sequenceNumber);
        }
    }

    /** The sequence number an update of data stored with {@code current} must carry (TS 29.328 §6.1.2.1). */
    public static int next(int current) {
        return current >= MAX_SEQUENCE_NUMBER ? 1 : current + 1;
    }

    /** This data as its next version with {@code newServiceData} (null: a deletion). */
    public RepositoryData update(String newServiceData) {
        return new RepositoryData(serviceIndication, next(sequenceNumber), newServiceData);
    }
}
