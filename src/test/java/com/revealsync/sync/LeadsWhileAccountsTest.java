package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.testing.CallLog;
import com.revealsync.testing.CliRunner;
import com.revealsync.testing.EmbeddedOrgTestSupport;
import com.revealsync.testing.PeopleBatch;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Through the Bulk API a chunk's Lead batches are added right after its Accounts' (which its Contacts
 * wait for) and waited for only after its Contacts: the org writes the Leads meanwhile, so a chunk
 * waits about twice instead of three times. Every row still ends with its own record's outcome.
 */
@SpringBootTest
class LeadsWhileAccountsTest {

    static final int PEOPLE = 600;
    @RegisterExtension
    static final EmbeddedOrgTestSupport ORG = new EmbeddedOrgTestSupport();

    @DynamicPropertySource
    static void org(DynamicPropertyRegistry registry) {
        ORG.register(registry);
        registry.add("reveal-sync.sync.bulk-chunk-size", () -> "300");
        registry.add("reveal-sync.sync.bulk-small-write", () -> "0"); // every write a Bulk batch
    }

    @Autowired
    ApplicationContext context;

    @Test
    void aChunksLeadsAreInTheOrgWhileItsAccountsAndContactsAreWritten() {
        Path file = ORG.csv("while-accounts.csv", PeopleBatch.halfLeadsHalfContacts("while-accounts", PEOPLE, 40));

        List<String> calls = CallLog.during("BULK ", () -> {
            CliRunner.Result result = new CliRunner(context).run("sync", "--input", file.toString(), "--api", "bulk");
            assertThat(result.exitCode()).as(result.output()).isZero();
        });

        // the first chunk: Accounts added, then the Leads, then the Accounts waited for, then the
        // Contacts added, and only then the Leads' results read
        int accountsAdded = first(calls, "BULK addBatch Account");
        int leadsAdded = first(calls, "BULK addBatch Lead");
        int accountsPolled = first(calls, "BULK batchInfoList Account");
        int accountsRead = first(calls, "BULK batchResult Account");
        int contactsAdded = first(calls, "BULK addBatch Contact");
        int leadsRead = first(calls, "BULK batchResult Lead");
        assertThat(accountsAdded).as(String.join("\n", calls)).isLessThan(leadsAdded);
        assertThat(leadsAdded).as(String.join("\n", calls)).isLessThan(accountsPolled);
        assertThat(accountsRead).as(String.join("\n", calls)).isLessThan(contactsAdded);
        assertThat(contactsAdded).as(String.join("\n", calls)).isLessThan(leadsRead);
        assertThat(ORG.query("SELECT Lusha_Id__c FROM Lead WHERE Email LIKE '%@while-accounts.example'"))
                .extracting(r -> r.fields().get("Lusha_Id__c")).doesNotHaveDuplicates().hasSize(PEOPLE / 2);
        assertThat(ORG.query("SELECT AccountId FROM Contact WHERE Email LIKE '%@while-accounts.example'"))
                .hasSize(PEOPLE / 2).allSatisfy(r -> assertThat(r.fields().get("AccountId")).isNotNull());
    }

    private static int first(List<String> calls, String prefix) {
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no call " + prefix + " among\n" + String.join("\n", calls));
    }
}
