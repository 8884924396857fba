package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.fingerprint.RowFingerprint;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The skips held by their person keys: a written record's key takes every skip holding it, once. */
class SkipKeysTest {

    @Test
    void aWrittenKeyTakesTheSkipsHoldingItAndOnlyThose() {
        SkipKeys skips = new SkipKeys();
        skips.add("L-1", "lusha:L-1\nemail:a@x.example\ndomain:x.example");
        skips.add("L-2", "lusha:L-2\nemail:a@x.example");
        skips.add("L-3", "lusha:L-3\nemail:c@x.example");

        assertThat(skips.takeHolding(Set.of("domain:x.example"))).as("an Account's key is not a person's").isEmpty();
        assertThat(skips.takeHolding(Set.of("email:a@x.example"))).containsExactlyInAnyOrder("L-1", "L-2");
        assertThat(skips.takeHolding(Set.of("email:a@x.example", "lusha:L-1"))).as("taken once").isEmpty();
        assertThat(skips.size()).isEqualTo(1);
    }

    @Test
    void aLushaIdHeldAgainOrDroppedNoLongerHoldsItsOldKeys() {
        SkipKeys skips = new SkipKeys();
        skips.add("L-1", "lusha:L-1\nemail:old@x.example");
        skips.add("L-1", "lusha:L-1\nemail:new@x.example");

        assertThat(skips.takeHolding(Set.of("email:old@x.example"))).isEmpty();
        skips.drop("L-1");
        assertThat(skips.takeHolding(Set.of("email:new@x.example", "lusha:L-1"))).isEmpty();
        assertThat(skips.room(1)).isTrue();
        skips.add("L-2", "lusha:L-2");
        assertThat(skips.room(1)).isFalse();
    }

    @Test
    void theStoredSkipsAreReadOnceAndOnlyWhenAKeyIsWrittenOrASkipKept() {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        SkipKeys skips = new SkipKeys(() -> {
            reads.incrementAndGet();
            return java.util.Map.of("L-1", "lusha:L-1\nemail:old@x.example", "L-2", "lusha:L-2\nemail:b@x.example");
        });

        skips.drop("L-9");
        assertThat(skips.takeHolding(Set.of())).isEmpty();
        assertThat(reads).as("a rerun that writes nothing reads none").hasValue(0);

        skips.add("L-1", "lusha:L-1\nemail:new@x.example"); // kept in this run: newer than the stored one
        assertThat(reads).hasValue(1);
        assertThat(skips.takeHolding(Set.of("email:old@x.example"))).isEmpty();
        assertThat(skips.takeHolding(Set.of("email:new@x.example", "email:b@x.example"))).containsExactlyInAnyOrder("L-1", "L-2");
        assertThat(reads).hasValue(1);
    }

    @Test
    void aChunkHoldsTheSkipsItKeepsAndGivesBackThoseItsWritesTake() {
        SkipKeys skips = new SkipKeys(() -> java.util.Map.of("L-1", "lusha:L-1\nemail:a@x.example",
                "L-2", "lusha:L-2\nemail:b@x.example", "L-3", "lusha:L-3\nemail:c@x.example"));
        java.util.List<RowFingerprint> kept = new java.util.ArrayList<>(java.util.List.of(
                skip("L-4", "lusha:L-4\nemail:d@x.example"), skip("L-5", "lusha:L-5\nemail:e@x.example"),
                new RowFingerprint("L-2", "p", "Lead", "00Q000000000002AAA", null, null, null, "lusha:L-2\nemail:b@x.example")));

        // this chunk forgot L-3, kept L-2 as written, and wrote a record of d@ (a later wave) and of a@
        Set<String> taken = skips.settle(new java.util.HashSet<>(Set.of("L-3")), kept, Set.of("email:d@x.example", "email:a@x.example"));

        assertThat(taken).containsExactlyInAnyOrder("L-1", "L-4");
        assertThat(kept).extracting(RowFingerprint::lushaId).containsExactly("L-5", "L-2");
        assertThat(skips.takeHolding(Set.of("email:b@x.example", "email:c@x.example"))).as("written or forgotten: no longer skips").isEmpty();
        assertThat(skips.takeHolding(Set.of("lusha:L-5"))).containsExactly("L-5");
    }

    private static RowFingerprint skip(String lushaId, String keys) {
        return new RowFingerprint(lushaId, "p", "Lead", null, null, null, "{}", keys);
    }
}
