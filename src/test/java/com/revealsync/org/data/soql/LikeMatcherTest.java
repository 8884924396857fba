package com.revealsync.org.data.soql;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.data.store.TextFold;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** LIKE's fast path answers as the regular expression does, the folds as equalsIgnoreCase, and the common shapes right. */
class LikeMatcherTest {

    private static final char[] ALPHABET = {'a', 'A', 'b', '.', '/', '%', '%', '_', 'é', 'É', 'İ', 'ı', 'i', 'I', 'ß',
        'σ', 'Σ', 'ς', Lexer.LITERAL_PERCENT, Lexer.LITERAL_UNDERSCORE, '\n'};

    @Test
    void answersAsTheRegularExpressionForRandomPatternsAndValues() {
        Random random = new Random(42);
        for (int p = 0; p < 3_000; p++) {
            String like = text(random, 6);
            Predicate<String> fast = LikeMatcher.of(like);
            java.util.regex.Pattern regex = LikeMatcher.regex(like);
            for (int v = 0; v < 40; v++) {
                String value = text(random, 10).replace(Lexer.LITERAL_PERCENT, '%').replace(Lexer.LITERAL_UNDERSCORE, '_');
                assertThat(fast.test(value)).as("'%s' LIKE '%s'", value, like).isEqualTo(regex.matcher(value).matches());
            }
        }
    }

    @Test
    void foldsAreEqualExactlyWhenTheTextsAreEqualIgnoringCase() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            String a = text(random, 3);
            String b = text(random, 3);
            assertThat(TextFold.fold(a).equals(TextFold.fold(b))).as("'%s' and '%s'", a, b).isEqualTo(a.equalsIgnoreCase(b));
        }
    }

    @Test
    void theShapesTheLookupsUse() {
        assertThat(LikeMatcher.of("%acme.com%").test("https://www.ACME.com/about")).isTrue();
        assertThat(LikeMatcher.of("%acme.com%").test("acme.co")).isFalse();
        assertThat(LikeMatcher.of("acme%").test("Acme Corp")).isTrue();
        assertThat(LikeMatcher.of("acme%").test("The Acme")).isFalse();
        assertThat(LikeMatcher.of("%corp").test("Acme CORP")).isTrue();
        assertThat(LikeMatcher.of("a%a").test("a")).as("prefix and suffix may not overlap").isFalse();
        assertThat(LikeMatcher.of("a%a").test("aa")).isTrue();
        assertThat(LikeMatcher.of("%").test("")).isTrue();
        assertThat(LikeMatcher.of("").test("")).isTrue();
        assertThat(LikeMatcher.of("").test("x")).isFalse();
        assertThat(LikeMatcher.of("50" + Lexer.LITERAL_PERCENT + "%").test("50% off")).isTrue();
        assertThat(LikeMatcher.of("50" + Lexer.LITERAL_PERCENT + "%").test("500 off")).isFalse();
        assertThat(LikeMatcher.of("a_c").test("abc")).isTrue();
        assertThat(LikeMatcher.of("%😀%").test("smile 😀 here")).isTrue();
    }

    private static String text(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }
}
