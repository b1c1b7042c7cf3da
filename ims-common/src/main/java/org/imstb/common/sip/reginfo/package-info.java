/**
 * The registration event package of RFC 3680 ({@code Event: reg}) as used by TS 24.229: the
 * {@code application/reginfo+xml} body as immutable records ({@link org.imstb.common.sip.reginfo.Reginfo},
 * {@link org.imstb.common.sip.reginfo.Registration}, {@link org.imstb.common.sip.reginfo.Contact}) and
 * {@link org.imstb.common.sip.reginfo.ReginfoXml} to encode and decode it.
 *
 * <p>Pure codec: strings in and out, no I/O. Decoding is StAX based with DTDs and external entities disabled;
 * errors are {@link org.imstb.common.sip.reginfo.ReginfoException}s naming the element at fault.
 */
package org.imstb.common.sip.reginfo;
