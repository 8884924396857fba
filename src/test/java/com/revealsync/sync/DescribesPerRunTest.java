package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.testing.CallLog;
import com.revealsync.testing.CliRunner;
import com.revealsync.testing.EmbeddedOrgTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A sync run describes Lead, Contact and Account in one {@code describeSObjects} call at its start,
 * and every later describe of them in the run is answered from the cache: the org's daily API
 * allowance is shared. The calls are read from the call log, which the summary's SOAP count checks.
 */
@SpringBootTest
class DescribesPerRunTest {

    @RegisterExtension
    static final EmbeddedOrgTestSupport ORG = new EmbeddedOrgTestSupport();

    @DynamicPropertySource
    static void org(DynamicPropertyRegistry registry) {
        ORG.register(registry);
    }

    @Autowired
    ApplicationContext context;

    @Test
    void aRunSpendsOneDescribeCallOnLeadContactAndAccount() throws IOException {
        Path file = ORG.csv("describes.csv",
                "lusha_id,revealed_by,export_as,first_name,last_name,email_1,company_id,company_name,company_website",
                "D-1,dana@acme-sales.example,Lead,Ada,Lead,ada@describes.example,D-C1,Describes One,https://describes-one.example",
                "D-2,dana@acme-sales.example,Contact,Bo,Contact,bo@describes.example,D-C2,Describes Two,https://describes-two.example");
        Path summary = ORG.dataDir().resolve("describes-summary.json");

        List<String> calls = CallLog.during("SOAP ", () -> {
            CliRunner.Result result = new CliRunner(context).run("sync", "--input", file.toString(), "--api", "soap",
                    "--summary-json", summary.toString());
            assertThat(result.exitCode()).as(result.output()).isZero();
        });

        assertThat(calls).filteredOn(c -> c.startsWith("SOAP describe"))
                .as("one call for the three objects, none for the describes that follow it")
                .singleElement().asString().startsWith("SOAP describeSObjects Lead, Contact, Account ok");
        assertThat(soapCallsIn(summary)).as("the log shows every SOAP call the summary counts").isEqualTo(calls.size());
        assertThat(ORG.query("SELECT Id FROM Lead WHERE Email = 'ada@describes.example'")).hasSize(1);
        assertThat(ORG.query("SELECT AccountId FROM Contact WHERE Email = 'bo@describes.example'"))
                .singleElement().satisfies(c -> assertThat(c.fields().get("AccountId")).isNotNull());
    }

    private static long soapCallsIn(Path summary) throws IOException {
        String json = Files.readString(summary);
        Matcher m = Pattern.compile("\"soap\"\\s*:\\s*(\\d+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }
}
