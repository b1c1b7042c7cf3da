package org.imstb.ue.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small part of SDP (RFC 4566) and offer/answer (RFC 3264) a test UE needs: one audio stream over IPv6, a codec
 * list from the static/dynamic payload types below, and a direction (sendrecv, sendonly, recvonly, inactive) for hold
 * and resume. {@link #answer} picks the codecs both sides have, in the offer's order, and the matching direction.
 */
public record Sdp(String address, int port, List<String> codecs, String direction, long version, Qos qos) {
    /**
     * RFC 3312 segmented QoS preconditions, from the point of view of the side that wrote the SDP: the current
     * status of its own access segment ({@code local}) and of the other side's ({@code remote}), each {@code none} or
     * {@code sendrecv}; the desired status is always mandatory sendrecv on both segments.
     */
    public record Qos(String local, String remote) {
        public boolean met() {
            return "sendrecv".equals(local) && "sendrecv".equals(remote);
        }
    }

    public Sdp(String address, int port, List<String> codecs, String direction, long version) {
        this(address, port, codecs, direction, version, null);
    }

    /** The same session with preconditions in {@code q} and the next version. */
    public Sdp withQos(Qos q) {
        return new Sdp(address, port, codecs, direction, version + 1, q);
    }
    /** Payload type → rtpmap encoding, for the codecs the UE offers. */
    public static final Map<String, String> CODECS = new LinkedHashMap<>();

    static {
        CODECS.put("0", "PCMU/8000");
        CODECS.put("8", "PCMA/8000");
        CODECS.put("96", "AMR/8000");
        CODECS.put("101", "telephone-event/8000");
    }

    public static Sdp offer(String address, int port) {
        return new Sdp(address, port, List.copyOf(CODECS.keySet()), "sendrecv", 1);
    }

    /** The same session with another direction and the next version (re-INVITE for hold/resume). */
    public Sdp withDirection(String newDirection) {
        return new Sdp(address, port, codecs, newDirection, version + 1, qos);
    }

    /** Our answer to {@code offer}: common codecs (offer order) and the mirror of its direction. */
    public Sdp answer(Sdp offer) {
        List<String> common = new ArrayList<>();
        for (String c : offer.codecs()) {
            if (codecs.contains(c)) {
                common.add(c);
            }
        }
        String dir = switch (offer.direction()) {
            case "sendonly" -> "recvonly";
            case "recvonly" -> "sendonly";
            case "inactive" -> "inactive";
            default -> "sendrecv";
        };
        return new Sdp(address, common.isEmpty() ? 0 : port, common, dir, version, qos);
    }

    public String encode() {
        StringBuilder sb = new StringBuilder();
        sb.append("v=0\r\n");
        sb.append("o=imstb ").append(version).append(' ').append(version).append(" IN IP6 ").append(address)
                .append("\r\n");
        sb.append("s=-\r\n");
        sb.append("c=IN IP6 ").append(address).append("\r\n");
        sb.append("t=0 0\r\n");
        sb.append("m=audio ").append(port).append(" RTP/AVP");
        for (String c : codecs) {
            sb.append(' ').append(c);
        }
        if (codecs.isEmpty()) {
            sb.append(" 0");
        }
        sb.append("\r\n");
        for (String c : codecs) {
            String map = CODECS.get(c);
            if (map != null) {
                sb.append("a=rtpmap:").append(c).append(' ').append(map).append("\r\n");
            }
        }
        sb.append("a=").append(direction).append("\r\n");
        if (qos != null) {
            sb.append("a=curr:qos local ").append(qos.local()).append("\r\n");
            sb.append("a=curr:qos remote ").append(qos.remote()).append("\r\n");
            sb.append("a=des:qos mandatory local sendrecv\r\n");
            sb.append("a=des:qos mandatory remote sendrecv\r\n");
        }
        return sb.toString();
    }

    /** Parses an SDP body; throws IllegalArgumentException naming what is wrong (the UE answers 488). */
    public static Sdp parse(String text) {
        String address = null;
        int port = -1;
        List<String> codecs = new ArrayList<>();
        String direction = "sendrecv";
        long version = 0;
        String qosLocal = null;
        String qosRemote = null;
        for (String line : text.split("\r?\n")) {
            if (line.startsWith("a=curr:qos local ")) {
                qosLocal = line.substring("a=curr:qos local ".length()).trim();
            } else if (line.startsWith("a=curr:qos remote ")) {
                qosRemote = line.substring("a=curr:qos remote ".length()).trim();
            }
            if (line.startsWith("c=")) {
                String[] p = line.substring(2).trim().split("\\s+");
                if (p.length < 3) {
                    throw new IllegalArgumentException("bad c= line: " + line);
                }
                address = p[2];
            } else if (line.startsWith("o=")) {
                String[] p = line.substring(2).trim().split("\\s+");
                if (p.length >= 3) {
                    try {
                        version = Long.parseLong(p[2]);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("bad o= version: " + line);
                    }
                }
            } else if (line.startsWith("m=audio ")) {
                String[] p = line.substring(2).trim().split("\\s+");
                try {
                    port = Integer.parseInt(p[1]);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("bad m= port: " + line);
                }
                for (int i = 3; i < p.length; i++) {
                    codecs.add(p[i]);
                }
            } else if (line.matches("a=(sendrecv|sendonly|recvonly|inactive)\\s*")) {
                direction = line.substring(2).trim();
            }
        }
        if (address == null || port < 0) {
            throw new IllegalArgumentException("no c= line or no m=audio line");
        }
        Qos qos = qosLocal == null && qosRemote == null ? null
                : new Qos(qosLocal == null ? "none" : qosLocal, qosRemote == null ? "none" : qosRemote);
        return new Sdp(address, port, List.copyOf(codecs), direction, version, qos);
    }
}
