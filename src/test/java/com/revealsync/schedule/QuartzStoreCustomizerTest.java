package com.revealsync.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuartzStoreCustomizerTest {

    @ParameterizedTest
    @CsvSource({
            "PostgreSQL, org.quartz.impl.jdbcjobstore.PostgreSQLDelegate",
            "H2,         org.quartz.impl.jdbcjobstore.StdJDBCDelegate",
    })
    void picksTheDelegateThatReadsTheDatabasesBinaryColumns(String product, String delegate) {
        assertThat(QuartzStoreCustomizer.delegateFor(product)).isEqualTo(delegate);
    }
}
