/**
 * The Cx User-Data document (TS 29.228 Annex B and E, the {@code IMSSubscription} XML carried in the User-Data
 * AVP of SAA and PPR): {@link org.imstb.common.cx.userdata.ImsSubscription#parse(String)} turns it into immutable
 * records that the S-CSCF (registration, iFC evaluation) and the I-CSCF use.
 *
 * <p>Pure codec: strings in, records out, no I/O. Parsing is DOM based with DTDs and external entities disabled;
 * every error is a {@link org.imstb.common.cx.userdata.UserDataException} naming the element at fault.
 */
package org.imstb.common.cx.userdata;
