package com.revealsync.run;

import java.nio.file.Path;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Launching runs: one at a time per job on this machine, restarting unfinished ones. */
@Configuration(proxyBeanMethods = false)
class RunConfiguration {

    @Bean
    RunLauncher runLauncher(JobOperator operator, JobRepository repository,
                            @Value("${reveal-sync.data-dir:data}") Path dataDir) {
        return new RunLauncher(operator, repository, new RunLock(dataDir.resolve("locks")));
    }
}
