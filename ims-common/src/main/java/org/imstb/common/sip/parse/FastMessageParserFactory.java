package org.imstb.common.sip.parse;

import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;

/** Plugs {@link FastMessageParser} into a JAIN-SIP stack ({@code gov.nist.javax.sip.MESSAGE_PARSER_FACTORY}). */
public final class FastMessageParserFactory implements MessageParserFactory {
    @Override
    public MessageParser createMessageParser(SIPTransactionStack stack) {
        return new FastMessageParser();
    }
}
