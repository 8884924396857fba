package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.testing.CliRunner;
import com.revealsync.testing.EmbeddedOrgTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sync's summary says where its time went: per stage of its step (reading rows, answering
 * unchanged rows, export, storing outcomes), within the run's duration, on the console and in
 * {@code --summary-json}; a rerun's rows are answered, not exported.
 */
@SpringBootTest
class TimeByStageTest {

    @RegisterExtension
    static final EmbeddedOrgTestSupport ORG = new EmbeddedOrgTestSupport();

    @DynamicPropertySource
    static void org(DynamicPropertyRegistry registry) {
        ORG.register(registry);
    }

    @Autowired
    ApplicationContext context;

    @Test
    void theSummaryGivesTheRunsTimeByStage() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("lusha_id,revealed_by,export_as,first_name,last_name,email_1,company_name");
        for (int i = 1; i <= 300; i++) {
            rows.add("T-" + i + ",dana@acme-sales.example,Lead,Ada" + i + ",Stage,ada" + i + "@stages.example,Stages Ltd");
        }
        Path file = ORG.csv("stages.csv", rows.toArray(String[]::new));

        Map<String, Long> first = run(file, "first");
        Map<String, Long> rerun = run(file, "rerun");

        assertThat(first.keySet()).containsExactly("readRows", "answerUnchanged", "export", "storeOutcomes");
        assertThat(rerun.keySet()).containsExactly("readRows", "answerUnchanged", "export", "storeOutcomes");
        assertThat(first.get("export")).as("the first run writes every row").isPositive();
        assertThat(rerun.get("export")).as("the rerun answers its rows: nothing goes out").isLessThan(first.get("export"));
    }

    /** Runs the sync (all 300 rows created, or all unchanged) and returns its stageMs, checked against its duration and its console line. */
    private Map<String, Long> run(Path file, String name) throws Exception {
        Path summary = ORG.dataDir().resolve("stages-" + name + ".json");
        CliRunner.Result result = new CliRunner(context).run("sync", "--input", file.toString(), "--summary-json",
                summary.toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(summary));
        assertThat(json.get(name.equals("first") ? "created" : "unchanged").asLong()).as(result.output()).isEqualTo(300);
        Map<String, Long> stages = new LinkedHashMap<>();
        json.get("stageMs").properties().forEach(e -> stages.put(e.getKey(), e.getValue().asLong()));
        assertThat(stages.values()).allSatisfy(ms -> assertThat(ms).isNotNegative());
        assertThat(stages.values().stream().mapToLong(Long::longValue).sum()).isLessThanOrEqualTo(json.get("durationMs").asLong());
        assertThat(result.output()).contains("time by stage: reading rows ").contains(", storing outcomes ").contains(", other ");
        return stages;
    }
}
