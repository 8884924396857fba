package com.revealsync.org.soap;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.testing.OrgClient;
import com.sforce.soap.partner.DeleteResult;
import com.sforce.soap.partner.DescribeGlobalResult;
import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.FieldType;
import com.sforce.soap.partner.GetUserInfoResult;
import com.sforce.soap.partner.LeadConvert;
import com.sforce.soap.partner.LeadConvertResult;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.SoapType;
import com.sforce.soap.partner.UpsertResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.bind.XmlObject;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every Partner API operation through the real WSC client, authenticated with an OAuth token. */
class SoapOperationsTest {

    private static EmbeddedOrg org;
    private static PartnerConnection partner;

    @BeforeAll
    static void start() {
        org = EmbeddedOrg.start(OrgSettings.inMemory());
        partner = new OrgClient(org).partner();
    }

    @AfterAll
    static void stop() {
        org.stop();
    }

    @Test
    void getUserInfoDescribesTheSessionsUser() throws Exception {
        GetUserInfoResult info = partner.getUserInfo();
        assertThat(info.getUserName()).isEqualTo(OrgClient.ADMIN);
        assertThat(info.getOrganizationId()).isEqualTo(org.data().organizationId());
        assertThat(info.getOrganizationName()).isEqualTo(org.data().organizationName());
        assertThat(info.getSessionSecondsValid()).isBetween(7000, 7200);
        assertThat(info.getUserId()).startsWith("005");
    }

    @Test
    void everyResponseCarriesTheApiUsage() throws Exception {
        partner.getUserInfo();
        assertThat(partner.getLimitInfoHeader()).isNotNull();
        var limit = partner.getLimitInfoHeader().getLimitInfo()[0];
        assertThat(limit.getType()).isEqualTo("API REQUESTS");
        assertThat(limit.getLimit()).isEqualTo(100_000);
        assertThat((long) limit.getCurrent()).isEqualTo(org.apiUsage().used());
    }

    @Test
    void describeGlobalListsTheObjects() throws Exception {
        DescribeGlobalResult global = partner.describeGlobal();
        assertThat(global.getEncoding()).isEqualTo("UTF-8");
        assertThat(global.getMaxBatchSize()).isEqualTo(200);
        assertThat(Arrays.stream(global.getSobjects()).map(s -> s.getName())).containsExactly("Account", "Contact", "Lead", "User");
        assertThat(Arrays.stream(global.getSobjects()).filter(s -> s.getName().equals("Lead")).findFirst().orElseThrow()
                .getKeyPrefix()).isEqualTo("00Q");
    }

    @Test
    void describeSObjectsGivesEveryFieldAttribute() throws Exception {
        DescribeSObjectResult[] results = partner.describeSObjects(new String[] {"Lead", "contact"});
        assertThat(results).extracting(DescribeSObjectResult::getName).containsExactly("Lead", "Contact");
        DescribeSObjectResult lead = results[0];
        assertThat(lead.getKeyPrefix()).isEqualTo("00Q");
        assertThat(lead.isCreateable()).isTrue();
        assertThat(lead.getFields()).hasSize(org.data().describe("Lead").fields().size());

        Field lastName = field(lead, "LastName");
        assertThat(lastName.getType()).isEqualTo(FieldType.string);
        assertThat(lastName.getLength()).isEqualTo(80);
        assertThat(lastName.isNillable()).isFalse();
        assertThat(lastName.isCreateable()).isTrue();
        assertThat(lastName.getSoapType()).isEqualTo(SoapType.string);

        Field status = field(lead, "Status");
        assertThat(status.getType()).isEqualTo(FieldType.picklist);
        assertThat(status.isRestrictedPicklist()).isTrue();
        assertThat(status.isDefaultedOnCreate()).isTrue();
        assertThat(Arrays.stream(status.getPicklistValues()).map(p -> p.getValue())).contains("Open - Not Contacted", "Closed - Converted");
        assertThat(Arrays.stream(status.getPicklistValues()).filter(p -> p.isDefaultValue()).map(p -> p.getValue()))
                .containsExactly("Open - Not Contacted");

        Field external = field(lead, "Lusha_Id__c");
        assertThat(external.isExternalId()).isTrue();
        assertThat(external.isUnique()).isTrue();
        assertThat(external.isCustom()).isTrue();
        assertThat(external.getLength()).isEqualTo(64);

        Field accountId = field(results[1], "AccountId");
        assertThat(accountId.getType()).isEqualTo(FieldType.reference);
        assertThat(accountId.getReferenceTo()).containsExactly("Account");
        assertThat(accountId.getRelationshipName()).isEqualTo("Account");
        assertThat(accountId.getSoapType()).isEqualTo(SoapType.ID);

        Field employees = field(lead, "NumberOfEmployees");
        assertThat(employees.getType()).isEqualTo(FieldType._int);
        assertThat(employees.getDigits()).isEqualTo(8);
        Field revenue = field(lead, "AnnualRevenue");
        assertThat(revenue.getType()).isEqualTo(FieldType.currency);
        assertThat(revenue.getPrecision()).isEqualTo(18);
        assertThat(revenue.getScale()).isZero();
    }

    @Test
    void describeSObjectDescribesOne() throws Exception {
        assertThat(partner.describeSObject("Account").getFields()).extracting(Field::getName).contains("Name", "Website");
    }

    @Test
    void createUpdateWithFieldsToNullRetrieveAndDelete() throws Exception {
        SObject lead = lead("Ng", "Initech");
        lead.setField("Phone", "+1 555 0100");
        lead.setField("Title", "CTO");
        String id = ok(partner.create(new SObject[] {lead})[0]);

        SObject change = new SObject("Lead");
        change.setId(id);
        change.setField("Title", "CEO");
        change.setFieldsToNull(new String[] {"Phone"});
        assertThat(partner.update(new SObject[] {change})[0].isSuccess()).isTrue();

        SObject[] got = partner.retrieve("Id, Title, Phone, LastName", "Lead", new String[] {id, "00Q000000000000AAA"});
        assertThat(got).hasSize(2);
        assertThat(got[0].getId()).isEqualTo(id);
        assertThat(got[0].getField("Title")).isEqualTo("CEO");
        assertThat(got[0].getField("Phone")).isNull();
        assertThat(got[1]).isNull();

        DeleteResult[] deleted = partner.delete(new String[] {id});
        assertThat(deleted[0].isSuccess()).isTrue();
        assertThat(deleted[0].getId()).isEqualTo(id);
        assertThat(partner.query("SELECT Id FROM Lead WHERE Id = '" + id + "'").getSize()).isZero();
    }

    @Test
    void upsertOnAnExternalIdCreatesThenUpdates() throws Exception {
        String lushaId = "L-" + UUID.randomUUID();
        SObject lead = lead("Okafor", "Umbrella");
        lead.setField("Lusha_Id__c", lushaId);
        UpsertResult first = partner.upsert("Lusha_Id__c", new SObject[] {lead})[0];
        assertThat(first.isSuccess()).isTrue();
        assertThat(first.isCreated()).isTrue();

        lead.setField("Title", "VP");
        UpsertResult second = partner.upsert("Lusha_Id__c", new SObject[] {lead})[0];
        assertThat(second.isSuccess()).isTrue();
        assertThat(second.isCreated()).isFalse();
        assertThat(second.getId()).isEqualTo(first.getId());
    }

    @Test
    void aParentCanBeNamedByItsExternalId() throws Exception {
        String companyId = "C-" + UUID.randomUUID();
        SObject account = new SObject("Account");
        account.setField("Name", "Parent by key");
        account.setField("Lusha_Company_Id__c", companyId);
        String accountId = ok(partner.create(new SObject[] {account})[0]);
        SObject parentRef = new SObject("Account");
        parentRef.setField("Lusha_Company_Id__c", companyId);
        SObject contact = new SObject("Contact");
        contact.setField("LastName", "Child");
        contact.setField("Account", parentRef);
        String contactId = ok(partner.create(new SObject[] {contact})[0]);
        assertThat(partner.retrieve("AccountId", "Contact", new String[] {contactId})[0].getField("AccountId"))
                .isEqualTo(accountId);
    }

    @Test
    void theSameExternalIdTwiceInOneUpsertFailsBoth() throws Exception {
        String lushaId = "L-" + UUID.randomUUID();
        SObject a = lead("A", "Acme");
        a.setField("Lusha_Id__c", lushaId);
        SObject b = lead("B", "Acme");
        b.setField("Lusha_Id__c", lushaId);
        UpsertResult[] results = partner.upsert("Lusha_Id__c", new SObject[] {a, b});
        assertThat(results).allSatisfy(r -> {
            assertThat(r.isSuccess()).isFalse();
            assertThat(r.getErrors()[0].getStatusCode().name()).isEqualTo("DUPLICATE_EXTERNAL_ID");
        });
    }

    @Test
    void queryReturnsParentsAndNulls() throws Exception {
        SObject account = new SObject("Account");
        account.setField("Name", "Globex " + UUID.randomUUID());
        String accountId = ok(partner.create(new SObject[] {account})[0]);
        SObject contact = new SObject("Contact");
        contact.setField("LastName", "Simpson");
        contact.setField("AccountId", accountId);
        String contactId = ok(partner.create(new SObject[] {contact})[0]);

        QueryResult result = partner.query("SELECT Id, LastName, Email, Account.Name FROM Contact WHERE Id = '" + contactId + "'");

        assertThat(result.isDone()).isTrue();
        assertThat(result.getSize()).isEqualTo(1);
        SObject row = result.getRecords()[0];
        assertThat(row.getType()).isEqualTo("Contact");
        assertThat(row.getId()).isEqualTo(contactId);
        assertThat(row.getField("LastName")).isEqualTo("Simpson");
        assertThat(row.getField("Email")).isNull();
        XmlObject parent = (XmlObject) row.getField("Account");
        assertThat(parent.getField("Name")).isEqualTo(account.getField("Name"));
        assertThat(row.getChild("Account")).isInstanceOf(SObject.class);
    }

    @Test
    void countQueriesReturnTheSize() throws Exception {
        partner.create(new SObject[] {lead("Count", "Counted Inc")});
        QueryResult result = partner.query("SELECT COUNT() FROM Lead WHERE Company = 'Counted Inc'");
        assertThat(result.getSize()).isEqualTo(1);
        assertThat(result.getRecords()).isEmpty();
    }

    @Test
    void queryMoreHonoursTheBatchSize() throws Exception {
        String company = "Pager " + UUID.randomUUID();
        SObject[] leads = new SObject[200];
        for (int i = 0; i < leads.length; i++) {
            leads[i] = lead("P" + i, company);
        }
        partner.create(leads);
        partner.create(Arrays.copyOf(leads, 50));
        PartnerConnection paged = new OrgClient(org).partner();
        paged.setQueryOptions(200);

        QueryResult first = paged.query("SELECT Id, LastName FROM Lead WHERE Company = '" + company + "'");
        assertThat(first.getSize()).isEqualTo(250);
        assertThat(first.isDone()).isFalse();
        assertThat(first.getRecords()).hasSize(200);
        QueryResult second = paged.queryMore(first.getQueryLocator());
        assertThat(second.isDone()).isTrue();
        assertThat(second.getRecords()).hasSize(50);
        assertThat(second.getQueryLocator()).isNull();
    }

    @Test
    void convertLeadMakesAContactAndAnAccount() throws Exception {
        String leadId = ok(partner.create(new SObject[] {lead("Convertee", "Convert Co")})[0]);
        LeadConvert convert = new LeadConvert();
        convert.setLeadId(leadId);
        convert.setConvertedStatus("Closed - Converted");
        convert.setDoNotCreateOpportunity(true);
        LeadConvertResult result = partner.convertLead(new LeadConvert[] {convert})[0];
        assertThat(result.isSuccess()).as(Arrays.toString(result.getErrors())).isTrue();
        assertThat(result.getContactId()).startsWith("003");
        assertThat(result.getAccountId()).startsWith("001");
        assertThat(partner.query("SELECT IsConverted FROM Lead WHERE Id = '" + leadId + "'").getRecords()[0]
                .getField("IsConverted")).isEqualTo("true");
    }

    @Test
    void dmlIsRecordedAsTheSessionsUser() throws Exception {
        PartnerConnection rep = new OrgClient(org).partner(new OrgClient(org).accessToken("rep@reveal-sync.local"));
        String id = ok(rep.create(new SObject[] {lead("Owned", "Rep Co")})[0]);
        String repId = org.data().userByUsername("rep@reveal-sync.local").orElseThrow().id();
        assertThat(partner.query("SELECT CreatedById FROM Lead WHERE Id = '" + id + "'").getRecords()[0]
                .getField("CreatedById")).isEqualTo(repId);
    }

    static SObject lead(String lastName, String company) {
        SObject lead = new SObject("Lead");
        lead.setField("LastName", lastName);
        lead.setField("Company", company);
        return lead;
    }

    static String ok(SaveResult result) {
        assertThat(result.isSuccess()).as(Arrays.toString(result.getErrors())).isTrue();
        return result.getId();
    }

    private static Field field(DescribeSObjectResult result, String name) {
        return Arrays.stream(result.getFields()).filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
    }
}
