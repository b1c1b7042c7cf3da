package org.imstb.scscf.isc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.w3c.dom.Element;

/**
 * One compiled service point trigger, {@code <SPT>} (TS 29.228 Annex B.2.2, tSePoTri in Annex E): its condition,
 * whether it is negated and the groups it belongs to. Regular expressions are compiled here, once, with Java
 * {@link Pattern} syntax, and applied with {@link java.util.regex.Matcher#find()} (a match anywhere in the text, as
 * POSIX regexec does; anchor with ^ and $ for a whole-text match). Matching is case-sensitive as written.
 *
 * @param negated   {@code <ConditionNegated>}; absent means 0
 * @param groups    the {@code <Group>} values, at least one
 * @param condition the one condition of the SPT
 */
record Spt(boolean negated, List<Long> groups, Condition condition) {
    private static final List<String> KINDS =
            List.of("RequestURI", "Method", "SIPHeader", "SessionCase", "SessionDescription");
    private static final Pattern SDP_LINES = Pattern.compile("\r?\n");

    Spt {
        groups = List.copyOf(groups);
    }

    /** True when the condition holds for the request (or, negated, does not). */
    boolean matches(RequestView r, SessionCase c) {
        return condition.test(r, c) != negated;
    }

    static Spt parse(Element spt, String path) {
        Element neg = IfcXml.optionalChild(spt, "ConditionNegated", path);
        boolean negated = neg != null && IfcXml.bool(neg, path + "/ConditionNegated");
        List<Element> groupElements = IfcXml.children(spt, "Group");
        if (groupElements.isEmpty()) {
            throw new IllegalArgumentException(path + ": Group missing");
        }
        List<Long> groups = new ArrayList<>(groupElements.size());
        for (Element g : groupElements) {
            groups.add(IfcXml.integer(g, path + "/Group", 0, 0xFFFF_FFFFL));
        }
        Element kind = null;
        for (String k : KINDS) {
            for (Element e : IfcXml.children(spt, k)) {
                if (kind != null) {
                    throw new IllegalArgumentException(path + ": more than one condition (<" + IfcXml.name(kind)
                            + "> and <" + k + ">); an SPT has exactly one of " + String.join(", ", KINDS));
                }
                kind = e;
            }
        }
        if (kind == null) {
            throw new IllegalArgumentException(path + ": no condition; an SPT has exactly one of "
                    + String.join(", ", KINDS));
        }
        String kindPath = path + "/" + IfcXml.name(kind);
        Condition condition = switch (IfcXml.name(kind)) {
            case "RequestURI" -> new RequestUri(regex(kind, kindPath));
            case "Method" -> new MethodIs(IfcXml.text(kind, kindPath), registrationTypes(spt, path));
            case "SIPHeader" -> new Header(
                    IfcXml.text(IfcXml.requiredChild(kind, "Header", kindPath), kindPath + "/Header"),
                    optionalRegex(kind, "Content", kindPath));
            case "SessionCase" -> new Case(SessionCase.byCode((int) IfcXml.integer(kind, kindPath, 0, 4)));
            default -> new SdpLine(
                    IfcXml.text(IfcXml.requiredChild(kind, "Line", kindPath), kindPath + "/Line"),
                    optionalRegex(kind, "Content", kindPath));
        };
        return new Spt(negated, groups, condition);
    }

    /** {@code <Extension><RegistrationType>}s of the SPT; empty when there are none (any type then matches). */
    private static Set<RegistrationType> registrationTypes(Element spt, String path) {
        Set<RegistrationType> types = EnumSet.noneOf(RegistrationType.class);
        Element ext = IfcXml.optionalChild(spt, "Extension", path);
        if (ext != null) {
            for (Element t : IfcXml.children(ext, "RegistrationType")) {
                types.add(RegistrationType.ofCode(
                        (int) IfcXml.integer(t, path + "/Extension/RegistrationType", 0, 2)));
            }
        }
        return types;
    }

    private static Pattern optionalRegex(Element parent, String name, String path) {
        Element e = IfcXml.optionalChild(parent, name, path);
        return e == null ? null : regex(e, path + "/" + name);
    }

    private static Pattern regex(Element e, String path) {
        String text = IfcXml.text(e, path);
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException ex) {
            throw new IllegalArgumentException(path + ": bad regular expression '" + text + "': "
                    + ex.getDescription(), ex);
        }
    }

    /** What an SPT tests. */
    sealed interface Condition permits RequestUri, MethodIs, Header, Case, SdpLine {
        boolean test(RequestView r, SessionCase c);
    }

    /** {@code <RequestURI>}: the regex is found in the Request-URI text. */
    record RequestUri(Pattern regex) implements Condition {
        @Override
        public boolean test(RequestView r, SessionCase c) {
            String uri = r.requestUri();
            return uri != null && regex.matcher(uri).find();
        }
    }

    /**
     * {@code <Method>}: the method token, case-sensitive (RFC 3261 §7.1); for REGISTER also one of the listed
     * registration types, if any are listed.
     */
    record MethodIs(String method, Set<RegistrationType> registrationTypes) implements Condition {
        MethodIs {
            Set<RegistrationType> copy = EnumSet.noneOf(RegistrationType.class);
            copy.addAll(registrationTypes);
            registrationTypes = Collections.unmodifiableSet(copy);
        }

        @Override
        public boolean test(RequestView r, SessionCase c) {
            if (!method.equals(r.method())) {
                return false;
            }
            return !"REGISTER".equals(method) || registrationTypes.isEmpty()
                    || registrationTypes.contains(r.registrationType());
        }
    }

    /** {@code <SIPHeader>}: the header is present, and with a Content one of its values contains the regex. */
    record Header(String name, Pattern content) implements Condition {
        @Override
        public boolean test(RequestView r, SessionCase c) {
            List<String> values = r.headerValues(name);
            if (values == null || values.isEmpty()) {
                return false;
            }
            if (content == null) {
                return true;
            }
            for (String v : values) {
                if (v != null && content.matcher(v).find()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code <SessionCase>}: the case the S-CSCF evaluates for. */
    record Case(SessionCase sessionCase) implements Condition {
        @Override
        public boolean test(RequestView r, SessionCase c) {
            return sessionCase == c;
        }
    }

    /**
     * {@code <SessionDescription>}: an SDP line of type {@code Line} ({@code m} for "m=...") exists, and with a Content
     * its value (the text after "=") contains the regex.
     */
    record SdpLine(String type, Pattern content) implements Condition {
        @Override
        public boolean test(RequestView r, SessionCase c) {
            String sdp = r.sdp();
            if (sdp == null) {
                return false;
            }
            for (String line : SDP_LINES.split(sdp)) {
                int eq = line.indexOf('=');
                if (eq > 0 && line.substring(0, eq).trim().equals(type)
                        && (content == null || content.matcher(line.substring(eq + 1)).find())) {
                    return true;
                }
            }
            return false;
        }
    }
}
