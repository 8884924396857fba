package com.revealsync;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every feature shares. */
@Configuration(proxyBeanMethods = false)
class AppConfiguration {

    /** The clock every timestamp comes from, so tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
