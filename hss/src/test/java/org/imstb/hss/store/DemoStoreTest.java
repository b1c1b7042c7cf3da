package org.imstb.hss.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the store tests: a fresh store with the demo fixtures in a temporary directory, closed after each test. */
abstract class DemoStoreTest {
    @TempDir
    Path dir;
    SubscriberStore store;

    @BeforeEach
    void open() {
        store = Fixtures.demoStore(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }
}
