package com.revealsync.connection.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PkceTest {

    @Test
    void challengeIsTheS256OfTheVerifierAsInRfc7636AppendixB() {
        assertThat(Pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void eachSignInGetsItsOwnRandomVerifierAndState() {
        Pkce a = Pkce.random(new SecureRandom());
        Pkce b = Pkce.random(new SecureRandom());

        assertThat(a.verifier()).hasSize(43).isNotEqualTo(b.verifier());
        assertThat(a.state()).hasSize(43).isNotEqualTo(b.state());
        assertThat(a.stateMatches(a.state())).isTrue();
        assertThat(a.stateMatches(b.state())).isFalse();
        assertThat(a.stateMatches(null)).isFalse();
        assertThat(a.toString()).doesNotContain(a.verifier()).doesNotContain(a.state());
    }
}
