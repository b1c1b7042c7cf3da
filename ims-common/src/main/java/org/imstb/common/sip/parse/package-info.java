/** A faster parser for plain SIP messages, plugged into JAIN-SIP; everything else stays JAIN-SIP's. */
package org.imstb.common.sip.parse;
