package org.imstb.common.cx;

import java.util.List;
import org.imstb.common.diameter.dict.DiameterResult;

/** MAA (TS 29.229 §6.1.8). */
public record MultimediaAuthAnswer(DiameterResult result, String userName, String publicIdentity,
        List<SipAuthDataItem> items) implements Messages {
    public MultimediaAuthAnswer {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
