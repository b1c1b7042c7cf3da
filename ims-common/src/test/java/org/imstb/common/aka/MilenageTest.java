package org.imstb.common.aka;

import static org.imstb.common.util.Hex.format;
import static org.imstb.common.util.Hex.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** MILENAGE against the conformance test data of 3GPP TS 35.208 §4.3, test sets 1 to 6. */
class MilenageTest {

    /** One test set of TS 35.208 §4.3 (all values hex). */
    record TestSet(int number, String k, String rand, String sqn, String amf, String op, String opc,
                   String f1, String f1star, String f2, String f5, String f3, String f4, String f5star) {
        @Override
        public String toString() {
            return "TS 35.208 test set " + number;
        }
    }

    static Stream<Arguments> testSets() {
        return Stream.of(
                new TestSet(1, "465b5ce8b199b49faa5f0a2ee238a6bc", "23553cbe9637a89d218ae64dae47bf35",
                        "ff9bb4d0b607", "b9b9", "cdc202d5123e20f62b6d676ac72cb318", "cd63cb71954a9f4e48a5994e37a02baf",
                        "4a9ffac354dfafb3", "01cfaf9ec4e871e9", "a54211d5e3ba50bf", "aa689c648370",
                        "b40ba9a3c58b2a05bbf0d987b21bf8cb", "f769bcd751044604127672711c6d3441", "451e8beca43b"),
                new TestSet(2, "0396eb317b6d1c36f19c1c84cd6ffd16", "c00d603103dcee52c4478119494202e8",
                        "fd8eef40df7d", "af17", "ff53bade17df5d4e793073ce9d7579fa", "53c15671c60a4b731c55b4a441c0bde2",
                        "5df5b31807e258b0", "a8c016e51ef4a343", "d3a628ed988620f0", "c47783995f72",
                        "58c433ff7a7082acd424220f2b67c556", "21a8c1f929702adb3e738488b9f5c5da", "30f1197061c1"),
                new TestSet(3, "fec86ba6eb707ed08905757b1bb44b8f", "9f7c8d021accf4db213ccff0c7f71a6a",
                        "9d0277595ffc", "725c", "dbc59adcb6f9a0ef735477b7fadf8374", "1006020f0a478bf6b699f15c062e42b3",
                        "9cabc3e99baf7281", "95814ba2b3044324", "8011c48c0c214ed2", "33484dc2136b",
                        "5dbdbb2954e8f3cde665b046179a5098", "59a92d3b476a0443487055cf88b2307b", "deacdd848cc6"),
                new TestSet(4, "9e5944aea94b81165c82fbf9f32db751", "ce83dbc54ac0274a157c17f80d017bd6",
                        "0b604a81eca8", "9e09", "223014c5806694c007ca1eeef57f004f", "a64a507ae1a2a98bb88eb4210135dc87",
                        "74a58220cba84c49", "ac2cc74a96871837", "f365cd683cd92e96", "f0b9c08ad02e",
                        "e203edb3971574f5a94b0d61b816345d", "0c4524adeac041c4dd830d20854fc46b", "6085a86c6f63"),
                new TestSet(5, "4ab1deb05ca6ceb051fc98e77d026a84", "74b0cd6031a1c8339b2b6ce2b8c4a186",
                        "e880a1b580b6", "9f07", "2d16c5cd1fdf6b22383584e3bef2a8d8", "dcf07cbd51855290b92a07a9891e523e",
                        "49e785dd12626ef2", "9e85790336bb3fa2", "5860fc1bce351e7e", "31e11a609118",
                        "7657766b373d1c2138f307e3de9242f9", "1c42e960d89b8fa99f2744e0708ccb53", "fe2555e54aa9"),
                new TestSet(6, "6c38a116ac280c454f59332ee35c8c4f", "ee6466bc96202c5a557abbeff8babf63",
                        "414b98222181", "4464", "1ba00a1a7c6700ac8c3ff3e96ad08725", "3803ef5363b947c6aaa225e58fae3934",
                        "078adfb488241a57", "80246b8d0186bcf1", "16c8233f05a0ac28", "45b0f69ab06c",
                        "3f8c7587fe8e4b233af676aede30ba3b", "a7466cc1e6b2a1337d49d3b66e95d7b4", "1f53cd2b1113"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("testSets")
    void opcFromOp(TestSet t) {
        assertEquals(t.opc(), format(Milenage.opc(parse(t.k()), parse(t.op()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("testSets")
    void allFunctions(TestSet t) {
        Milenage m = new Milenage(parse(t.k()), parse(t.opc()));
        byte[] rand = parse(t.rand());
        byte[] sqn = parse(t.sqn());
        byte[] amf = parse(t.amf());
        assertEquals(t.f1(), format(m.f1(rand, sqn, amf)), "f1 (MAC-A)");
        assertEquals(t.f1star(), format(m.f1star(rand, sqn, amf)), "f1* (MAC-S)");
        assertEquals(t.f2(), format(m.f2(rand)), "f2 (RES)");
        assertEquals(t.f5(), format(m.f5(rand)), "f5 (AK)");
        assertEquals(t.f3(), format(m.f3(rand)), "f3 (CK)");
        assertEquals(t.f4(), format(m.f4(rand)), "f4 (IK)");
        assertEquals(t.f5star(), format(m.f5star(rand)), "f5* (AK for resync)");
    }

    @Test
    void rejectsWrongLengths() {
        byte[] k = new byte[16];
        assertThrows(IllegalArgumentException.class, () -> new Milenage(new byte[15], k));
        assertThrows(IllegalArgumentException.class, () -> new Milenage(k, new byte[17]));
        assertThrows(NullPointerException.class, () -> new Milenage(null, k));
        Milenage m = new Milenage(k, k);
        assertThrows(IllegalArgumentException.class, () -> m.f2(new byte[8]));
        assertThrows(IllegalArgumentException.class, () -> m.f1(new byte[16], new byte[5], new byte[2]));
        assertThrows(IllegalArgumentException.class, () -> m.f1(new byte[16], new byte[6], new byte[3]));
        assertThrows(IllegalArgumentException.class, () -> Milenage.opc(k, new byte[8]));
    }

    @Test
    void doesNotKeepCallerArrays() {
        byte[] k = parse("465b5ce8b199b49faa5f0a2ee238a6bc");
        byte[] opc = parse("cd63cb71954a9f4e48a5994e37a02baf");
        Milenage m = new Milenage(k, opc);
        k[0] ^= 1;
        opc[0] ^= 1;
        assertEquals("a54211d5e3ba50bf", format(m.f2(parse("23553cbe9637a89d218ae64dae47bf35"))));
    }

    @Test
    void sharedInstanceIsThreadSafe() throws Exception {
        Milenage m = new Milenage(parse("465b5ce8b199b49faa5f0a2ee238a6bc"), parse("cd63cb71954a9f4e48a5994e37a02baf"));
        byte[] rand = parse("23553cbe9637a89d218ae64dae47bf35");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                results.add(pool.submit(() -> format(m.f2(rand)) + format(m.f3(rand))));
            }
            for (Future<String> f : results) {
                assertEquals("a54211d5e3ba50bf" + "b40ba9a3c58b2a05bbf0d987b21bf8cb", f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
