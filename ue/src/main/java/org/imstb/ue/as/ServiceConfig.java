package org.imstb.ue.as;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;

/**
 * One service of the AS, chosen in YAML by {@code type}; each type has its own keys (a key of another type is an
 * error naming the field). Documented in docs/application-servers.md.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ServiceConfig.Proxy.class, name = ServiceConfig.PROXY),
    @JsonSubTypes.Type(value = ServiceConfig.Voicemail.class, name = ServiceConfig.VOICEMAIL),
    @JsonSubTypes.Type(value = ServiceConfig.Redirect.class, name = ServiceConfig.REDIRECT),
    @JsonSubTypes.Type(value = ServiceConfig.B2bua.class, name = ServiceConfig.B2BUA),
    @JsonSubTypes.Type(value = ServiceConfig.ThirdParty.class, name = ServiceConfig.THIRDPARTY)})
public sealed interface ServiceConfig extends Validatable {
    String PROXY = "proxy";
    String VOICEMAIL = "voicemail";
    String REDIRECT = "redirect";
    String B2BUA = "b2bua";
    String THIRDPARTY = "thirdparty";

    /**
     * AS acting as a SIP proxy (TS 24.229 §5.7.4).
     *
     * @param header      a header added to each initial request it forwards, {@code Name: value}; default
     *                    {@code X-Imstb-Service: <service>; as=<node name>}
     * @param recordRoute Record-Route dialog-forming requests (then in-dialog requests come through the AS); default
     *                    false
     */
    record Proxy(String header, Boolean recordRoute) implements ServiceConfig {
        public Proxy {
            recordRoute = recordRoute != null && recordRoute;
        }

        @Override
        public void validate(FieldErrors at) {
            if (header != null) {
                at.require(header.matches("[A-Za-z0-9!%'*+._`~-]+\\s*:\\s*\\S.*"), "header",
                        "must be 'Name: value', got '" + header + "'");
            }
        }
    }

    /**
     * AS acting as terminating UA (TS 24.229 §5.7.2): answers calls and keeps MESSAGEs per served user.
     *
     * @param answerAfterMs how long it rings (after 180) before 200; default 0
     * @param hangupAfterMs after the ACK, hang up with BYE after this long; default null (never)
     * @param maxMessages   messages kept per served user (the oldest go first); default 100
     */
    record Voicemail(Integer answerAfterMs, Integer hangupAfterMs, Integer maxMessages) implements ServiceConfig {
        public Voicemail {
            answerAfterMs = answerAfterMs == null ? 0 : answerAfterMs;
            maxMessages = maxMessages == null ? 100 : maxMessages;
        }

        @Override
        public void validate(FieldErrors at) {
            at.require(answerAfterMs >= 0 && answerAfterMs <= 600_000, "answerAfterMs", "must be 0..600000");
            at.require(hangupAfterMs == null || hangupAfterMs > 0 && hangupAfterMs <= 86_400_000, "hangupAfterMs",
                    "must be 1..86400000 (leave it out for never)");
            at.require(maxMessages >= 1 && maxMessages <= 100_000, "maxMessages", "must be 1..100000");
        }
    }

    /**
     * AS acting as redirect server (TS 24.229 §5.7.3): 302 with {@code Contact: <contact>}.
     *
     * @param contact where requests are redirected, a sip:, sips: or tel: URI; default this AS's {@code voicemail}
     *                service ({@code sip:voicemail@<sip.host>:<port>})
     */
    record Redirect(String contact) implements ServiceConfig {
        @Override
        public void validate(FieldErrors at) {
            if (contact != null) {
                at.require(contact.matches("(sips?|tel):\\S+"), "contact",
                        "must be a sip:, sips: or tel: URI, got '" + contact + "'");
            }
        }
    }

    /**
     * AS acting as routing B2BUA (TS 24.229 §5.7.5).
     *
     * @param maxCallMs an established call longer than this is ended with BYE on both legs; default 3600000
     */
    record B2bua(Integer maxCallMs) implements ServiceConfig {
        public B2bua {
            maxCallMs = maxCallMs == null ? 3_600_000 : maxCallMs;
        }

        @Override
        public void validate(FieldErrors at) {
            at.require(maxCallMs >= 1000, "maxCallMs", "must be at least 1000");
        }
    }

    /**
     * Third-party registration target (TS 24.229 §5.4.1.7); optionally acting as originating UA (§5.7.3): on a new
     * registration it sends the user a MESSAGE from {@code welcomeFrom}.
     *
     * @param welcomeFrom the service identity the welcome MESSAGE comes from, a SIP URI; default none (no MESSAGE)
     * @param welcomeText its text; {@code {user}} is replaced by the registered identity
     */
    record ThirdParty(String welcomeFrom, String welcomeText) implements ServiceConfig {
        /** True when a welcome MESSAGE is configured. */
        public boolean welcomes() {
            return welcomeFrom != null;
        }

        @Override
        public void validate(FieldErrors at) {
            at.require((welcomeFrom == null) == (welcomeText == null), welcomeFrom == null ? "welcomeFrom"
                    : "welcomeText", "welcomeFrom and welcomeText go together");
            if (welcomeFrom != null) {
                at.require(welcomeFrom.matches("sips?:\\S+"), "welcomeFrom",
                        "must be a sip: or sips: URI, got '" + welcomeFrom + "'");
                at.require(!welcomeText.isBlank(), "welcomeText", "must not be empty");
            }
        }
    }
}
