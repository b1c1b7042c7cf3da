package org.imstb.common.sh.codec;

import java.nio.ByteBuffer;
import java.util.function.Consumer;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.dict.Application;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.diameter.dict.Command;
import org.imstb.common.diameter.dict.DiameterResult;
import org.jdiameter.api.Message;
import org.jdiameter.client.api.IMessage;
import org.jdiameter.client.impl.parser.MessageParser;

/** Builds Sh messages with jDiameter's parser, encodes them to bytes and decodes them again, as on the wire. */
final class Wire {
    private static final MessageParser PARSER = new MessageParser();

    private Wire() {
    }

    static Message request(Command c, Consumer<AvpWriter> body) throws Exception {
        IMessage m = PARSER.createEmptyMessage(c.code(), Application.SH.id());
        m.setRequest(true);
        m.setProxiable(true);
        body.accept(new AvpWriter(m.getAvps()));
        return roundTrip(m);
    }

    static Message answer(Command c, DiameterResult result, Consumer<AvpWriter> body) throws Exception {
        IMessage m = PARSER.createEmptyMessage(c.code(), Application.SH.id());
        m.setRequest(false);
        AvpWriter w = new AvpWriter(m.getAvps());
        if (result.experimental()) {
            w.group(Avps.EXPERIMENTAL_RESULT, g -> g.u32(Avps.VENDOR_ID, result.vendorId())
                    .u32(Avps.EXPERIMENTAL_RESULT_CODE, result.code()));
        } else {
            w.u32(Avps.RESULT_CODE, result.code());
        }
        body.accept(w);
        return roundTrip(m);
    }

    private static Message roundTrip(IMessage m) throws Exception {
        ByteBuffer bytes = PARSER.encodeMessage(m);
        return PARSER.createMessage(bytes);
    }
}
