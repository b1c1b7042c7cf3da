package org.imstb.hss.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.imstb.hss.model.ApplicationServer;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.ProvisioningSet;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.RegistrationChange;
import org.imstb.hss.model.RegistrationRecord;
import org.imstb.hss.model.RegistrationState;
import org.imstb.hss.model.Scscf;
import org.imstb.hss.model.ServerCapabilities;
import org.imstb.hss.model.ServiceProfile;
import org.imstb.hss.model.Subscription;
import org.imstb.hss.model.SubscriptionData;

/**
 * The HSS subscriber store: subscriptions, identities, credentials, service profiles, application servers,
 * S-CSCFs and registration state in a JDBC database (H2 by default, a file that survives restarts), and the Sh data
 * of application servers ({@link #sh()}). Registration changes can be reported to a {@link RegistrationListener}.
 *
 * <p>Open with {@link #open(String)}; the schema ({@code /org/imstb/hss/store/schema.sql}, with a
 * {@code schema_version} table) is created on first open. A small pool keeps up to 16 connections with their
 * prepared statements; all methods are thread-safe. The request path reads in-memory copies (see
 * {@link SubscriberCache}: identities, implicit sets, registration state; S-CSCFs, application servers and service
 * profiles in {@link CatalogCache}), loaded on first use or by {@link #preload()}, and falls back to one or a few indexed
 * lookups. Writes are transactional: each provisioning call changes everything or nothing.
 *
 * <p>To let the {@code imstb hss} commands provision a running HSS, open the file with H2's
 * {@code AUTO_SERVER=TRUE} ({@link #fileUrl(Path)} does): the first process serves the database to the others on a
 * loopback TCP port (this class sets the {@code h2.bindAddress} system property to the loopback address unless it
 * is set). Processes in other network namespaces cannot reach it: there, run the CLI inside the HSS namespace or
 * with the HSS stopped.
 */
public final class SubscriberStore implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 16;

    static {
        H2Settings.bindToLoopback();
    }

    private final Database db;
    private final IdentityReader identities;
    private final IdentityCopies copies;
    private final Registrations registrations;
    private final RegistrationDao registrationRows;
    private final SubscriberCache cache;
    private final SqnDao sqns;
    private final SubscriptionWriter writer;
    private final CatalogCache catalog;
    private final ShStore sh;
    private volatile RegistrationListener registrationListener;

    private SubscriberStore(Database db, int cacheEntries) {
        this.db = db;
        this.identities = new IdentityReader(db);
        this.catalog = new CatalogCache(db);
        this.cache = new SubscriberCache(catalog, cacheEntries);
        this.registrationRows = new RegistrationDao(db);
        this.registrations = new Registrations(db, registrationRows, cache);
        this.copies = new IdentityCopies(db, identities, new UserDataReader(db), catalog, cache);
        this.sqns = new SqnDao(db);
        this.writer = new SubscriptionWriter(identities);
        this.sh = new ShStore(db, Clock.systemUTC());
    }

    /** Opens (creating if needed) the store at {@code jdbcUrl} as user {@code sa} with an empty password. */
    public static SubscriberStore open(String jdbcUrl) {
        return open(jdbcUrl, "sa", "");
    }

    /** Opens (creating if needed) the store at {@code jdbcUrl}, with the default bound of its copies. */
    public static SubscriberStore open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, SubscriberCache.defaultEntries());
    }

    /**
     * Opens (creating if needed) the store at {@code jdbcUrl}, keeping at most {@code cacheEntries} in-memory copies
     * of each kind of request-path data (0: none, every request reads the database).
     */
    public static SubscriberStore open(String jdbcUrl, String user, String password, int cacheEntries) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (cacheEntries < 0) {
            throw new IllegalArgumentException("cache entries must be >= 0, got " + cacheEntries);
        }
        Database db = new Database(jdbcUrl, user, password, MAX_CONNECTIONS);
        H2Settings.tune(db, jdbcUrl, cacheEntries > 0 ? H2Settings.CACHE_KB_BEHIND_COPIES : H2Settings.CACHE_KB);
        return new SubscriberStore(db, cacheEntries);
    }

    /**
     * The default bound of the in-memory copies per kind of data (see {@link #open(String, String, String, int)}): one
     * entry per 8 KiB of the heap limit, e.g. 16,384 with -Xmx128m, so that the copies take about an eighth of it.
     */
    public static int defaultCacheEntries() {
        return SubscriberCache.defaultEntries();
    }

    /**
     * The URL the HSS node uses for its file database in {@code dir}: {@code jdbc:h2:file:<dir>/hss;AUTO_SERVER=TRUE}.
     * H2 2.3 refuses {@code DB_CLOSE_ON_EXIT=FALSE} together with {@code AUTO_SERVER=TRUE} (error 50100), so H2's
     * own shutdown hook stays on: on SIGTERM stop serving requests first, then {@link #close()} (harmless if the hook
     * already closed the file).
     */
    public static String fileUrl(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("hss") + ";AUTO_SERVER=TRUE";
    }

    // ---------------------------------------------------------------- identities (request path)

    /** The public identity {@code impu}: exact (normalised) match first, then wildcarded PSIs. */
    public Optional<PublicIdentity> findPublic(String impu) {
        return copies.findPublic(impu);
    }

    /**
     * The private identity {@code impi} with its credentials and public identities. Its AKA SQN is the one stored
     * when it was read, possibly a copy from before later vectors: {@link #currentSqn} reads the current one, and
     * vectors take theirs from {@link #nextSqn}.
     */
    public Optional<PrivateIdentity> findPrivate(String impi) {
        return copies.findPrivate(impi);
    }

    /** Whether {@code impi} may use {@code impu} (same subscription and listed for it). */
    public boolean isAssociated(String impi, String impu) {
        return identities.isAssociated(impi, impu);
    }

    /** All identities of the implicit registration set of {@code impu}, that one first; empty if unknown. */
    public List<PublicIdentity> implicitSet(String impu) {
        return copies.implicitSet(impu);
    }

    /**
     * What the User-Data of a registration of {@code impu} by {@code impi} contains. With a null {@code impi} the
     * first private identity associated with {@code impu} is used. Empty if the IMPU is unknown or the IMPI is not
     * of the same subscription.
     */
    public Optional<SubscriptionData> subscriptionFor(String impi, String impu) {
        return copies.subscriptionFor(impi, impu);
    }

    /** Every public identity of the subscription holding {@code impu}, in provisioning order; empty if unknown. */
    public List<PublicIdentity> subscriptionIdentities(String impu) {
        return identities.subscriptionIdentities(impu);
    }

    /** The S-CSCF requirements of the subscription holding {@code impu}. */
    public Optional<ServerCapabilities> serverCapabilities(String impu) {
        return copies.serverCapabilities(impu);
    }

    /**
     * Loads the in-memory copies in bulk (a few table scans) up to their bound, so that the first requests are as
     * fast as later ones; returns the number of public identities loaded. For a store that serves no requests yet:
     * the HSS calls it before its Diameter stack starts.
     */
    public int preload() {
        return copies.preload();
    }

    /**
     * Makes the next read check the provisioning version at once instead of within half a second, so that changes
     * another process (the {@code imstb hss} commands) made just before are seen: for administrator actions such as
     * PPR after a profile change.
     */
    public void recheckProvisioning() {
        catalog.recheck();
    }

    // ---------------------------------------------------------------- registration state

    /** The registration of {@code impu}; NOT_REGISTERED with nulls if none. */
    public RegistrationRecord registration(String impu) {
        return registrations.registration(impu);
    }

    /**
     * Sets the registration of all {@code impus} in one transaction. NOT_REGISTERED with a null S-CSCF and IMPI
     * forgets them; NOT_REGISTERED with an S-CSCF name keeps that name (Server-Assignment-Type asking to keep it).
     */
    public void updateRegistration(Collection<String> impus, RegistrationState state, String scscfName, String impi) {
        List<RegistrationChange> changes = registrations.update(impus, state, scscfName, impi);
        RegistrationListener listener = registrationListener;
        if (listener != null && listener.active() && !changes.isEmpty()) {
            listener.changed(changes);
        }
    }

    /** Who is told about registration changes (the HSS's Sh notifier); null for no one. */
    public void setRegistrationListener(RegistrationListener listener) {
        this.registrationListener = listener;
    }

    /** Public identities REGISTERED or UNREGISTERED at {@code scscfName}. */
    public List<String> registeredPublicIdentities(String scscfName) {
        return registrationRows.registeredPublicIdentities(scscfName);
    }

    /** The registrations made by {@code impi}. */
    public List<RegistrationRecord> registrationsOf(String impi) {
        return registrationRows.registrationsOf(impi);
    }

    // ---------------------------------------------------------------- Sh

    /** Repository data and subscriptions to notifications of the Sh interface. */
    public ShStore sh() {
        return sh;
    }

    // ---------------------------------------------------------------- AKA

    /** The stored SQN of {@code impi} (SQN_HE of its last vector, or as provisioned); empty without AKA. */
    public OptionalLong currentSqn(String impi) {
        return sqns.current(impi);
    }

    /** Advances and returns the SQN of {@code impi} (TS 33.102 Annex C, see {@link org.imstb.hss.model.Sqn}). */
    public long nextSqn(String impi) {
        return sqns.next(impi);
    }

    /** Sets SQN_HE to {@code sqnMs} (from AUTS), so that the next vector uses the SQN after it. */
    public void resynchronise(String impi, long sqnMs) {
        sqns.resynchronise(impi, sqnMs);
    }

    // ---------------------------------------------------------------- shared objects
    // Reads come from an in-memory copy refreshed when the provisioning version changes (see CatalogCache): changes
    // made through this store show at once, changes made by another process within half a second.

    /** The provisioned S-CSCFs, by name. */
    public List<Scscf> scscfs() {
        return catalog.get().scscfs();
    }

    public Optional<Scscf> scscf(String name) {
        return scscfs().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Adds or replaces the S-CSCF of the same name. */
    public void addScscf(Scscf scscf) {
        provisioningWrite(c -> CatalogDao.putScscf(c, scscf));
    }

    /** The provisioned application servers, by name. */
    public List<ApplicationServer> applicationServers() {
        return catalog.get().servers();
    }

    /** The application server with SIP URI {@code serverName}. */
    public Optional<ApplicationServer> applicationServer(String serverName) {
        return catalog.get().server(serverName);
    }

    /** Adds or replaces the application server of the same name. */
    public void addApplicationServer(ApplicationServer as) {
        provisioningWrite(c -> CatalogDao.putApplicationServer(c, as));
    }

    /** The provisioned service profiles, by name. */
    public List<ServiceProfile> serviceProfiles() {
        return List.copyOf(catalog.get().profiles().values());
    }

    public Optional<ServiceProfile> serviceProfile(String name) {
        return catalog.get().profile(name);
    }

    /** Adds or replaces the service profile of the same name; its iFCs' application servers must exist. */
    public void addServiceProfile(ServiceProfile profile) {
        provisioningWrite(c -> CatalogDao.putServiceProfile(c, profile));
    }

    /**
     * A provisioning write in one transaction that bumps the provisioning version, after which every in-memory copy
     * (catalog, subscriber data) is dropped: here at once, in other processes within half a second.
     */
    private <T> T provisioningChange(Database.Work<T> write) {
        try {
            return db.transaction(c -> {
                CatalogCache.bump(c); // first: concurrent provisioning transactions queue on this row
                return write.run(c);
            });
        } finally {
            catalog.invalidate();
            cache.invalidate();
        }
    }

    private void provisioningWrite(ProvisioningWrite write) {
        provisioningChange(c -> {
            write.run(c);
            return null;
        });
    }

    /** A provisioning write without result. */
    private interface ProvisioningWrite {
        void run(Session c) throws SQLException;
    }

    // ---------------------------------------------------------------- subscriptions

    /**
     * Adds a subscription in one transaction.
     *
     * @throws ConflictException        if its name, an IMPI or an IMPU exists, or a profile is unknown
     * @throws IllegalArgumentException if an identity is malformed
     */
    public void add(Subscription s) {
        provisioningWrite(c -> writer.insert(c, s));
    }

    /**
     * Applies a whole provisioning set in one transaction: S-CSCFs, application servers and service profiles are
     * added or replaced by name, subscriptions are replaced by name (SQNs and registrations of identities that
     * stay are kept). Any error changes nothing.
     */
    public void apply(ProvisioningSet set) {
        provisioningWrite(c -> {
            for (Scscf s : set.scscfs()) {
                CatalogDao.putScscf(c, s);
            }
            for (ApplicationServer as : set.applicationServers()) {
                CatalogDao.putApplicationServer(c, as);
            }
            for (ServiceProfile p : set.serviceProfiles()) {
                CatalogDao.putServiceProfile(c, p);
            }
            writer.replaceAll(c, set.subscriptions());
        });
    }

    /** Removes subscription {@code name} with its identities and registrations; false if there is none. */
    public boolean removeSubscription(String name) {
        return provisioningChange(c -> writer.remove(c, name));
    }

    /** Names of all subscriptions, sorted. */
    public List<String> listSubscriptions() {
        return db.read(SubscriptionReader::names);
    }

    /** The subscription {@code name}, with current SQNs. */
    public Optional<Subscription> subscription(String name) {
        return db.read(c -> SubscriptionReader.subscription(c, name));
    }

    /** The subscription holding {@code identity} as an IMPI or IMPU. */
    public Optional<String> ownerOf(String identity) {
        return db.read(c -> identities.ownerOf(c, identity));
    }

    /** Number of subscriptions. */
    public int count() {
        return db.read(SubscriptionReader::count);
    }

    /** Closes all connections; the database file is closed when the last connection goes. */
    @Override
    public void close() {
        db.close();
    }
}
