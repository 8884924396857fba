package com.revealsync.schedule;

import com.revealsync.cli.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Loads and validates every {@code *.yml} / {@code *.yaml} of the schedules folder. Any problem in
 * any file stops the load with one {@link UserError} listing them all, each naming file and field.
 */
@Component
public class ScheduleLoader {

    private final ScheduledJobs jobs;

    public ScheduleLoader(ScheduledJobs jobs) {
        this.jobs = jobs;
    }

    public List<Schedule> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserError("the schedules folder " + dir + " does not exist (set it with --dir or "
                    + "reveal-sync.schedules.dir)");
        }
        List<Schedule> schedules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (Path file : files(dir)) {
            String source = dir.getFileName() + "/" + file.getFileName();
            ScheduleParser.Parsed parsed = ScheduleParser.parse(source, read(file));
            problems.addAll(parsed.problems());
            Schedule schedule = parsed.schedule();
            if (schedule == null) {
                continue;
            }
            List<String> own = check(schedule);
            String earlier = names.putIfAbsent(schedule.name(), source);
            if (earlier != null) {
                own = new ArrayList<>(own);
                own.add(source + ": name: '" + schedule.name() + "' is already the name of " + earlier);
            }
            problems.addAll(own);
            if (own.isEmpty()) {
                schedules.add(schedule);
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError("invalid schedules:\n  " + String.join("\n  ", problems));
        }
        return List.copyOf(schedules);
    }

    private List<String> check(Schedule schedule) {
        if (!jobs.knownNames().contains(schedule.job())) {
            return List.of(schedule.source() + ": job: '" + schedule.job() + "' is not a job (jobs: "
                    + String.join(", ", jobs.knownNames()) + ")");
        }
        return jobs.find(schedule.job()).map(job -> job.checkParameters(schedule.parameters())).orElse(List.of())
                .stream().map(problem -> schedule.source() + ": " + problem).toList();
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yml")
                    || f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UserError("cannot list the schedules folder " + dir + ": " + e.getMessage());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage());
        }
    }
}
