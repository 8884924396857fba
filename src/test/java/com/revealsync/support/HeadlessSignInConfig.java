package com.revealsync.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Replaces the console sign-in prompt with {@link HeadlessSignIn} in tests. */
@TestConfiguration(proxyBeanMethods = false)
public class HeadlessSignInConfig {
    @Bean
    HeadlessSignIn headlessSignIn() {
        return new HeadlessSignIn();
    }
}
