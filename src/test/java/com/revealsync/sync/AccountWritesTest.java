package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.lusha.RowRef;
import com.revealsync.mapping.AccountRef;
import com.revealsync.mapping.AccountWrite;
import com.revealsync.mapping.ExportPlan;
import com.revealsync.mapping.RecordWrite;
import com.revealsync.mapping.WriteAction;
import com.revealsync.salesforce.WriteResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountWritesTest {

    private final RecordingGateway gateway = new RecordingGateway();
    private final AccountWrites accounts = new AccountWrites(new RecordSender(), false);

    @Test
    void contactsOfOneNewCompanyCreateOneAccountWithEveryValueAnyOfThemGives() {
        // given: the first row's company size was malformed (left out), the second row's was not
        var first = contactOf(1, new AccountWrite(new AccountRef.New("id:c1"), WriteAction.CREATE,
                Map.of("Name", "Willow Security", "Lusha_Company_Id__c", "c1"), true, "Lusha_Company_Id__c"));
        var second = contactOf(2, new AccountWrite(new AccountRef.New("id:c1"), WriteAction.CREATE,
                Map.of("Name", "Willow Security GmbH", "Lusha_Company_Id__c", "c1", "NumberOfEmployees", 4),
                true, "Lusha_Company_Id__c"));

        // when
        Map<String, WriteResult> results = accounts.start(gateway, List.of(first, second)).get();

        // then: one upsert of one Account: the first row's values, and the field only the second has
        assertThat(gateway.upserts).hasSize(1);
        assertThat(gateway.upserts.get(0).values()).containsOnly(Map.entry("Name", "Willow Security"),
                Map.entry("Lusha_Company_Id__c", "c1"), Map.entry("NumberOfEmployees", 4));
        assertThat(results).containsOnlyKeys("new-account:id:c1");
    }

    @Test
    void oneExistingAccountChangedByTwoContactsIsUpdatedOnceWithBothChanges() {
        var first = contactOf(1, new AccountWrite(new AccountRef.Existing("001A"), WriteAction.UPDATE,
                Map.of("Website", "https://willow.example"), false, null));
        var second = contactOf(2, new AccountWrite(new AccountRef.Existing("001A"), WriteAction.UPDATE,
                Map.of("NumberOfEmployees", 4), false, null));

        accounts.start(gateway, List.of(first, second)).get();

        assertThat(gateway.updates).hasSize(1);
        assertThat(gateway.updates.get(0).id()).isEqualTo("001A");
        assertThat(gateway.updates.get(0).values()).containsOnly(Map.entry("Website", "https://willow.example"),
                Map.entry("NumberOfEmployees", 4));
    }

    @Test
    void anUpdateByTheLushaCompanyIdGoesInTheUpsertOfTheNewAccounts() {
        var created = contactOf(1, new AccountWrite(new AccountRef.New("id:c1"), WriteAction.CREATE,
                Map.of("Name", "Willow Security", "Lusha_Company_Id__c", "c1"), true, "Lusha_Company_Id__c"));
        var updated = contactOf(2, new AccountWrite(new AccountRef.Existing("001A"), WriteAction.UPDATE,
                Map.of("NumberOfEmployees", 4, "Lusha_Company_Id__c", "c2"), true, "Lusha_Company_Id__c"));

        Map<String, WriteResult> results = accounts.start(gateway, List.of(created, updated)).get();

        assertThat(gateway.updates).isEmpty();
        assertThat(gateway.upserts).extracting(r -> r.key()).containsExactly("new-account:id:c1", "account:001A");
        assertThat(gateway.upserts.get(1).values()).containsOnly(Map.entry("NumberOfEmployees", 4),
                Map.entry("Lusha_Company_Id__c", "c2"));
        assertThat(results).containsOnlyKeys("new-account:id:c1", "account:001A");
    }

    @Test
    void anAccountUpdatedByTwoContactsGoesByItsIdUnlessBothGoByTheCompanyId() {
        AccountWrite byCompanyId = new AccountWrite(new AccountRef.Existing("001A"), WriteAction.UPDATE,
                Map.of("NumberOfEmployees", 4, "Lusha_Company_Id__c", "c2"), true, "Lusha_Company_Id__c");
        AccountWrite byId = new AccountWrite(new AccountRef.Existing("001A"), WriteAction.UPDATE,
                Map.of("Website", "https://willow.example"), false, null);

        assertThat(AccountWrites.merged(byCompanyId, byId).upsertKey()).isNull();
        assertThat(AccountWrites.merged(byId, byCompanyId).upsertKey()).isNull();
        assertThat(AccountWrites.merged(byCompanyId, byCompanyId)).isSameAs(byCompanyId);
        assertThat(AccountWrites.merged(byCompanyId, byId).values()).containsOnlyKeys("NumberOfEmployees",
                "Lusha_Company_Id__c", "Website");
    }

    @Test
    void whereBothContactsGiveAFieldTheFirstContactsValueIsWritten() {
        AccountWrite first = new AccountWrite(new AccountRef.New("id:c1"), WriteAction.CREATE,
                Map.of("Name", "Willow"), true, null);
        AccountWrite later = new AccountWrite(new AccountRef.New("id:c1"), WriteAction.CREATE,
                Map.of("Name", "Willow GmbH"), true, null);

        assertThat(AccountWrites.merged(first, later)).isSameAs(first);
    }

    private static ExportPlan.Write contactOf(int line, AccountWrite account) {
        RevealedContact contact = new RevealedContact(new RowRef("batch.csv", line),
                Map.of(LushaField.LUSHA_ID, "l" + line, LushaField.LAST_NAME, "Brown"), Map.of());
        RecordWrite record = new RecordWrite(RecordType.Contact, WriteAction.CREATE, null, Map.of("LastName", "Brown"), null);
        return new ExportPlan.Write(contact, record, account, List.of());
    }
}
