package org.imstb.ue.as.b2bua;

import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.Tags;
import org.imstb.ue.as.Answers;
import org.imstb.ue.as.ClientCallback;
import org.imstb.ue.as.ServiceRouting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An initial request outside any dialog (MESSAGE, OPTIONS): one new transaction, its final response relayed back. */
final class TransactionRelay {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionRelay.class);

    private final B2buaShared b2b;

    TransactionRelay(B2buaShared b2b) {
        this.b2b = b2b;
    }

    void relay(ServerTransaction st, Request in) {
        Request out;
        try {
            out = LegRequests.initial(b2b.sip(), in, ServiceRouting.remainingRoutes(b2b.sip(), in), b2b.contact());
        } catch (Exception e) {
            SipReplies.send(b2b.sip(), st, in, Response.BAD_REQUEST, "Cannot build the new request");
            return;
        }
        String tag = Tags.next();
        try {
            b2b.ctx.send(out, new ClientCallback() {
                @Override
                public void onResponse(Response r) {
                    if (r.getStatusCode() >= 200) {
                        Answers.send(b2b.sip(), st, LegRequests.relayed(b2b.sip(), in, r, tag, null));
                    }
                }

                @Override
                public void onTimeout() {
                    SipReplies.send(b2b.sip(), st, in, Response.REQUEST_TIMEOUT, null);
                }
            });
        } catch (Exception e) {
            SipReplies.send(b2b.sip(), st, in, Response.SERVICE_UNAVAILABLE, "Next hop unreachable");
            return;
        }
        b2b.ctx.metrics().increment("imstb_as_b2bua_transactions_total", "service", b2b.name, "method",
                in.getMethod());
        LOG.info("{}: {} {} relayed as {}", b2b.name, in.getMethod(), in.getRequestURI(), B2buaShared.callId(out));
    }
}
