/**
 * The Sh-Data document (TS 29.328 Annex C/D, the XML carried in the Sh User-Data AVP of UDA, PUR, SNA and PNR):
 * {@link org.imstb.common.sh.data.ShData#parse(String)} and {@link org.imstb.common.sh.data.ShData#toXml()}. The parts
 * the testbed uses are modelled: PublicIdentifiers (IMSPublicIdentity), RepositoryData (ServiceIndication,
 * SequenceNumber, ServiceData kept as XML text) and Sh-IMS-Data (SCSCFName, IFCs, IMSUserState); other elements are
 * skipped when reading.
 *
 * <p>Pure codec: strings in, records out, no I/O. Parsing is DOM based with DTDs and external entities disabled
 * (the Cx {@code SafeDom}); every error is a {@link org.imstb.common.sh.data.ShDataException} naming the element.
 */
package org.imstb.common.sh.data;
