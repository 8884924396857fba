package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SoqlListsTest {

    private static final Pattern LITERAL = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");

    @Test
    void inListsHoldEveryValueOnceEachClauseWithinTheLimit() {
        List<String> values = IntStream.range(0, 5_000).mapToObj(i -> "person" + i + "@o'brien.example").toList();

        List<String> clauses = SoqlLists.inLists("Email", values, 10_000);

        assertThat(clauses).hasSizeGreaterThan(1).allSatisfy(c -> {
            assertThat(c).startsWith("Email IN (").endsWith(")");
            assertThat(c.length()).isLessThanOrEqualTo(10_000);
        });
        List<String> back = new ArrayList<>();
        clauses.forEach(c -> {
            Matcher m = LITERAL.matcher(c);
            while (m.find()) {
                back.add(m.group(1).replace("\\'", "'"));
            }
        });
        assertThat(back).containsExactlyElementsOf(values);
    }

    @Test
    void clausesAreAsFewAsTheLimitAllowsNotOnePerTwoHundredValues() {
        List<String> values = IntStream.range(0, 2_000).mapToObj(i -> String.format("00Q%015d", i)).toList();

        // 2,000 ids of 21 characters quoted and comma-separated: about 44,000 characters
        assertThat(SoqlLists.inLists("Id", values, SoqlLists.MAX_WHERE_CHARS)).hasSize(1);
    }

    @Test
    void aValueLongerThanTheLimitGetsAClauseOfItsOwn() {
        String longValue = "x".repeat(50);

        List<String> clauses = SoqlLists.inLists("Name", List.of("a", longValue, "b"), 30);

        assertThat(clauses).containsExactly("Name IN ('a')", "Name IN ('" + longValue + "')", "Name IN ('b')");
    }

    @Test
    void noValuesNoClause() {
        assertThat(SoqlLists.inLists("Email", List.of(), 1_000)).isEmpty();
    }

    @Test
    void orGroupsStayWithinTheLimit() {
        List<String> clauses = IntStream.range(0, 100).mapToObj(i -> "Name = 'company " + i + "'").toList();

        List<String> groups = SoqlLists.orGroups(clauses, 500);

        assertThat(groups).hasSizeGreaterThan(1).allSatisfy(g -> assertThat(g.length()).isLessThanOrEqualTo(500));
        assertThat(String.join(" OR ", groups)).isEqualTo(
                String.join(" OR ", clauses.stream().map(c -> "(" + c + ")").toList()));
    }
}
