package org.imstb.common.sh.data;

import java.util.List;
import java.util.Optional;

/**
 * The Sh-Data document (TS 29.328 Annex C/D), the parts the testbed uses, in document order:
 *
 * <pre>{@code
 * <Sh-Data>
 *   <PublicIdentifiers><IMSPublicIdentity>sip:alice@domain1.test</IMSPublicIdentity>...</PublicIdentifiers>
 *   <RepositoryData>                                  zero or more
 *     <ServiceIndication>call-forwarding</ServiceIndication>
 *     <SequenceNumber>0..65535</SequenceNumber>
 *     <ServiceData>...any XML...</ServiceData>         optional
 *   </RepositoryData>
 *   <Sh-IMS-Data>
 *     <SCSCFName>sip:scscf.domain1.test:6060</SCSCFName>
 *     <IFCs><InitialFilterCriteria>...</InitialFilterCriteria>...</IFCs>
 *     <IMSUserState>0..3</IMSUserState>
 *   </Sh-IMS-Data>
 * </Sh-Data>
 * }</pre>
 *
 * @param publicIdentities IMSPublicIdentity elements of PublicIdentifiers
 * @param repositoryData   RepositoryData elements
 * @param imsData          Sh-IMS-Data, or null when absent
 */
public record ShData(List<String> publicIdentities, List<RepositoryData> repositoryData, ShImsData imsData) {
    public ShData {
        publicIdentities = publicIdentities == null ? List.of() : List.copyOf(publicIdentities);
        repositoryData = repositoryData == null ? List.of() : List.copyOf(repositoryData);
    }

    /** Sh-Data holding only repository data. */
    public static ShData of(RepositoryData... data) {
        return new ShData(List.of(), List.of(data), null);
    }

    /** Sh-Data holding only Sh-IMS-Data. */
    public static ShData of(ShImsData imsData) {
        return new ShData(List.of(), List.of(), imsData);
    }

    /**
     * Parses Sh-Data XML.
     *
     * @throws ShDataException when the text is not well-formed XML, has a DOCTYPE, has another root element, or lacks
     *                         a mandatory element or has a value out of its type; the message names the element
     */
    public static ShData parse(String xml) {
        return ShDataParser.parse(xml);
    }

    /**
     * The document as XML (UTF-8 declaration, no indentation).
     *
     * @throws ShDataException when a ServiceData content or an iFC is not well-formed XML
     */
    public String toXml() {
        return ShDataWriter.write(this);
    }

    /** The repository data of {@code serviceIndication}, if present. */
    public Optional<RepositoryData> repositoryData(String serviceIndication) {
        return repositoryData.stream().filter(r -> r.serviceIndication().equals(serviceIndication)).findFirst();
    }
}
