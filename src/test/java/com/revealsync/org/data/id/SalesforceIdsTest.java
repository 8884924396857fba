package com.revealsync.org.data.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalesforceIdsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "001000000000001, 001000000000001AAA",
            "003D000000Q89kQ, 003D000000Q89kQIAR",
            "00QRS0000000001, 00QRS00000000012AA",
            "001D000000IqhSL, 001D000000IqhSLIAZ",
            "005RS000000000A, 005RS000000000AYAQ",
            "ABCDEabcdeABCDE, ABCDEabcdeABCDE5A5",
            "aaaaaaaaaaaaaaa, aaaaaaaaaaaaaaaAAA",
    })
    void suffixEncodesTheUpperCaseLettersOfEachFiveCharacterChunk(String id15, String id18) {
        assertThat(SalesforceIds.to18(id15)).isEqualTo(id18);
    }

    @Test
    void fifteenCharacterIdsAreCaseSensitive() {
        assertThat(SalesforceIds.normalize("003D000000Q89kQ")).contains("003D000000Q89kQIAR");
        assertThat(SalesforceIds.normalize("003d000000q89kq")).contains("003d000000q89kqAAA");
    }

    @Test
    void eighteenCharacterIdsAreCaseInsensitiveTheSuffixRestoresTheCase() {
        assertThat(SalesforceIds.normalize("003D000000Q89kQIAR")).contains("003D000000Q89kQIAR");
        assertThat(SalesforceIds.normalize("003d000000q89kqiar")).contains("003D000000Q89kQIAR");
        assertThat(SalesforceIds.normalize("003D000000Q89KQIAR")).contains("003D000000Q89kQIAR");
    }

    @ParameterizedTest
    @CsvSource({"abc", "00Q", "00QRS00000000010", "00QRS000000000!", "001000000000001ZZZZ", "001000000000001BAA", "001000000000001AA-"})
    void malformedTextIsNoId(String text) {
        assertThat(SalesforceIds.normalize(text)).isEmpty();
    }

    @Test
    void sequenceIssuesUniqueAscendingIdsWithThePrefixAndAValidSuffix() {
        IdSequence sequence = new IdSequence("00Q", 0);
        Set<String> seen = new HashSet<>();
        String previous = "";
        for (int i = 0; i < 5000; i++) {
            String id = sequence.next();
            assertThat(id).hasSize(18).startsWith("00Q");
            assertThat(SalesforceIds.normalize(id)).contains(id);
            assertThat(id.substring(0, 15)).isGreaterThan(previous);
            previous = id.substring(0, 15);
            seen.add(id.toLowerCase());
        }
        assertThat(seen).hasSize(5000);
    }

    @Test
    void sequenceContinuesFromTheLastIssuedCounter() {
        IdSequence first = new IdSequence("001", 0);
        first.next();
        String second = first.next();
        IdSequence resumed = new IdSequence("001", first.lastIssued());
        assertThat(resumed.next()).isGreaterThan(second);
    }
}
