package com.revealsync.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextPartTest {

    @Test
    void backtickedPiecesBecomeCodeAndTheRestStaysText() {
        assertThat(TextPart.parse("run `reveal-sync reconnect --user a@b.c`, then `retry-failed`."))
                .containsExactly(new TextPart("run ", false), new TextPart("reveal-sync reconnect --user a@b.c", true),
                        new TextPart(", then ", false), new TextPart("retry-failed", true), new TextPart(".", false));
    }

    @Test
    void anUnmatchedBacktickIsKeptAsText() {
        assertThat(TextPart.parse("a `b")).containsExactly(new TextPart("a ", false), new TextPart("`b", false));
        assertThat(TextPart.parse("plain")).containsExactly(new TextPart("plain", false));
    }
}
