package org.imstb.hss.provisioning;

import java.nio.file.Path;
import org.imstb.common.config.ConfigException;
import org.imstb.common.config.YamlLoader;
import org.imstb.hss.model.ProvisioningSet;

/**
 * Reads a YAML subscriber file into validated model objects. Errors are {@link ConfigException}s naming the
 * file, the line and the dotted field, e.g.
 * {@code subs.yaml:14: subscriptions[1].publicIdentities[0].identity: must be a sip:, sips: or tel: URI}.
 *
 * <h2>Format</h2>
 * Four optional top-level lists; unknown keys are errors. Hex values must be quoted.
 * <pre>
 * scscfs:                          # S-CSCFs and the capability numbers they offer
 *   - name: sip:scscf.domain1.test:6060
 *     mandatoryCapabilities: [1]
 *     optionalCapabilities: [2]
 * applicationServers:              # iFCs name them by serverName
 *   - name: as1
 *     serverName: sip:as.domain1.test
 *     defaultHandling: SESSION_CONTINUED      # or SESSION_TERMINATED (0 / 1)
 *     serviceInfo: text                       # optional
 *     includeRegisterRequest: false           # optional
 *     includeRegisterResponse: false          # optional
 * serviceProfiles:                 # shared; public identities refer to them by name
 *   - name: default
 *     initialFilterCriteria:                  # each one &lt;InitialFilterCriteria&gt; element (TS 29.228 Annex B)
 *       - |
 *         &lt;InitialFilterCriteria&gt;...&lt;/InitialFilterCriteria&gt;
 *     sharedIfcSets: [1]                      # optional SharedIFCSetID values
 *     subscribedMediaProfileId: 0             # optional CoreNetworkServicesAuthorization
 * subscriptions:
 *   - name: alice
 *     preferredScscf: sip:scscf.domain1.test:6060   # optional
 *     mandatoryCapabilities: []                     # optional, required of the S-CSCF
 *     optionalCapabilities: []                      # optional
 *     privateIdentities:
 *       - impi: alice@domain1.test
 *         authSchemes: [DIGEST_AKAV1_MD5]           # optional: defaults to the credentials given
 *         aka: {k: "...", opc: "...", amf: "8000", sqn: 0}   # or op: instead of opc:
 *         digest: {password: secret, realm: domain1.test}   # or ha1: + realm:
 *         publicIdentities: [sip:alice@domain1.test]         # optional: default all of the subscription
 *     publicIdentities:
 *       - identity: sip:alice@domain1.test
 *         type: PUBLIC_USER_IDENTITY                # or DISTINCT_PSI, WILDCARDED_PSI (sip:chat-!.*!@domain1.test)
 *         barred: false
 *         implicitSet: alice                        # same name = registered together; default: a set of its own
 *         serviceProfile: default                   # optional
 *         canRegister: true                         # default true for users, false for PSIs
 *         displayName: Alice                        # optional
 * </pre>
 * An iFC's {@code <ServerName>} must be an application server of the file or of the store; when its
 * {@code <ApplicationServer>} has only the ServerName, the User-Data adds DefaultHandling, ServiceInfo and the
 * include-REGISTER flags from the application server entry.
 *
 * <h2>Import rule (idempotent)</h2>
 * {@link Provisioner#importFile} applies a file in one transaction. S-CSCFs, application servers and service
 * profiles are added or replaced by name. Each subscription of the file replaces the stored subscription of the
 * same name (identities, credentials and profiles as in the file), keeping the registration state of public
 * identities that remain and the SQN of private identities that remain (the higher of stored and file value, so
 * re-importing never replays an SQN). Subscriptions not in the file are untouched. Importing the same file twice
 * leaves the same data. An identity that belongs to another stored subscription is an error.
 */
public final class ProvisioningFile {
    private ProvisioningFile() {
    }

    /** Reads a self-contained file: every profile and application server it uses is defined in it. */
    public static ProvisioningSet read(Path file) {
        return read(file, KnownNames.none());
    }

    /** Reads a file that may also use what {@code known} defines and replace what it owns. */
    public static ProvisioningSet read(Path file, KnownNames known) {
        return document(file, known).toModel();
    }

    /** The validated document (the YAML form, e.g. to write it back). */
    public static ProvisioningDocument document(Path file, KnownNames known) {
        return ProvisioningDocument.withKnown(known, () -> YamlLoader.load(file, ProvisioningDocument.class));
    }
}
