package com.revealsync.org.data.soql;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.data.schema.OrgSchema;
import com.revealsync.org.data.store.OrgStore;
import com.revealsync.org.data.store.Persistence;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which WHERE clauses are answered from an index instead of a scan of the object. */
class IndexPlannerTest {

    private final QueryCompiler compiler = new QueryCompiler(new OrgStore(OrgSchema.standard(), Persistence.none()), Clock.systemUTC());

    @ParameterizedTest(name = "{0} -> index: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Email = 'a@b.com'                                     | true
            Email IN ('a@b.com', 'c@d.com')                       | true
            Id = '00QRS0000000001'                                | true
            Id IN ('00QRS0000000001')                             | true
            Lusha_Id__c = 'x'                                     | true
            Name = 'Jo Smith'                                     | true
            Email = 'a@b.com' AND Title = 'CEO'                   | true
            Title = 'CEO' AND Lusha_Id__c IN ('x')                | true
            Email = 'a@b.com' OR Lusha_Id__c = 'x'                | true
            Email = 'a@b.com' OR Title = 'CEO'                    | false
            Title = 'CEO'                                         | false
            Email != 'a@b.com'                                    | false
            Email NOT IN ('a@b.com')                              | false
            Email = null                                          | false
            Email LIKE 'a%'                                       | false
            Email LIKE '%acme.com%'                               | true
            Email LIKE 'jo%@acme%'                                | true
            Email LIKE '%acme.com%' OR Email = 'a@b.com'          | true
            Email LIKE '%ab%'                                     | false
            Email LIKE '%ac_e.com%'                               | false
            Email LIKE '%acme.com%' OR Title = 'CEO'              | false
            NOT Email = 'a@b.com'                                 | false
            Owner.Username = 'admin@reveal-sync.local'            | false
            """)
    void indexAnswersEqualityAndInOnIndexedFields(String where, boolean indexed) {
        CompiledQuery query = compiler.compile("SELECT Id FROM Lead WHERE " + where);

        assertThat(query.candidateIds().isPresent()).isEqualTo(indexed);
    }
}
