package com.revealsync.schedule;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The jobs schedules can name: every {@link ScheduledJob} bean of this build. The product's
 * job names are known even before their implementation is installed, so a schedule naming
 * {@code nightlySync} is valid and, when run without it, fails with a clear message.
 */
@Component
public class ScheduledJobs {

    /** The product's jobs (product.md): schedules may name them. */
    public static final Set<String> PRODUCT_JOBS = Set.of("nightlySync", "linkedinBackfill", "errorReport");

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);

    private final Map<String, ScheduledJob> installed;

    public ScheduledJobs(List<ScheduledJob> jobs) {
        this.installed = jobs.stream().collect(Collectors.toUnmodifiableMap(ScheduledJob::name, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("two scheduled jobs are named " + a.name() + ": "
                            + a.getClass().getName() + " and " + b.getClass().getName());
                }));
    }

    /** Runs {@code job} now in this thread; never throws: a failure is a FAILED result. */
    public RunResult run(String job, Map<String, String> parameters) {
        ScheduledJob implementation = installed.get(job);
        if (implementation == null) {
            return RunResult.failed("job '" + job + "' is not installed in this build (installed: "
                    + String.join(", ", new TreeSet<>(installed.keySet())) + ")");
        }
        try {
            return implementation.run(parameters);
        } catch (RuntimeException e) {
            LOG.error("job {} failed", job, e);
            return RunResult.failed("job '" + job + "' failed: " + e.getMessage());
        }
    }

    public Optional<ScheduledJob> find(String job) {
        return Optional.ofNullable(installed.get(job));
    }

    /** Names a schedule may use: the product's jobs and any installed one. */
    public Set<String> knownNames() {
        Set<String> names = new TreeSet<>(PRODUCT_JOBS);
        names.addAll(installed.keySet());
        return names;
    }

    public boolean isInstalled(String job) {
        return installed.containsKey(job);
    }
}
