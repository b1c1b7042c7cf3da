/**
 * The Sh reference point between an application server and the HSS (TS 29.328 / 29.329): one record per command
 * and direction, one codec per message that translates between the record and jDiameter AVPs (no I/O, package
 * {@code codec}), the Sh-Data document of the User-Data AVP (package {@code data}), {@link
 * org.imstb.common.sh.ShClient} to send UDR/PUR/SNR (application server) and PNR (HSS), and {@link
 * org.imstb.common.sh.PushNotifications} for an application server to receive PNR. The HSS uses the same records and
 * codecs on the server side.
 */
package org.imstb.common.sh;
