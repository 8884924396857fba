package com.revealsync.mapping;

import static com.revealsync.lusha.RecordType.Contact;
import static com.revealsync.lusha.RecordType.Lead;
import static com.revealsync.mapping.testing.Rows.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.match.MatchCandidates;
import com.revealsync.mapping.match.MatchIndex;
import com.revealsync.mapping.testing.Rows;
import org.junit.jupiter.api.Test;

/**
 * A skip is the row's own (change detection keeps it, sync.UnchangedRows) only when no record of the
 * org was in play: routing refused the row, or no Lead or Contact of the person exists and the
 * person's own values were refused. A skip with a record in play, or at the Account, is not.
 */
class SkipByRowAloneTest {

    @Test
    void aCreateMissingRequiredFieldsWithNoRecordOfThePersonIsTheRowsOwnSkip() {
        RevealedContact noName = Rows.jane("last_name", "");

        ExportPlan.Skip skip = (ExportPlan.Skip) Processors.defaultProfile().plan(noName, Lead, new MatchIndex().candidates(noName));

        assertThat(skip.code()).isEqualTo(ExportCode.REQUIRED_FIELD_MISSING);
        assertThat(skip.byRowAlone()).isTrue();
    }

    @Test
    void aRoutingRefusalIsTheRowsOwnSkipWhateverTheOrgHolds() {
        RevealedContact asContact = Rows.jane("export_as", "Contact");
        MatchCandidates found = new MatchIndex().add(record(Contact, "003000000000001AAA", "Email", "jane.doe@acme.com"))
                .candidates(asContact);

        ExportPlan.Skip skip = (ExportPlan.Skip) Processors.defaultWith("Lead", true).plan(asContact, Lead, found);

        assertThat(skip.code()).isEqualTo(ExportCode.OBJECT_NOT_ALLOWED);
        assertThat(skip.recordType()).isNull();
        assertThat(skip.byRowAlone()).isTrue();
    }

    @Test
    void aSkipOverARecordOfThePersonIsNot() {
        RevealedContact jane = Rows.jane();
        MatchCandidates converted = new MatchIndex().add(record(Lead, "00Q000000000001AAA", "Email", "jane.doe@acme.com",
                "IsConverted", "true", "ConvertedContactId", "003000000000009AAA")).candidates(jane);

        ExportPlan.Skip skip = (ExportPlan.Skip) Processors.defaultProfile().plan(jane, Lead, converted);

        assertThat(skip.code()).isEqualTo(ExportCode.CANNOT_UPDATE_CONVERTED_LEAD);
        assertThat(skip.byRowAlone()).isFalse();
    }

    @Test
    void aSkipAtTheAccountIsNot() {
        RevealedContact loner = Rows.jane("company_id", "", "company_name", "", "company_website", "",
                "company_description", "", "company_number_of_employees", "");

        ExportPlan.Skip skip = (ExportPlan.Skip) Processors.defaultProfile().plan(loner, Contact, new MatchIndex().candidates(loner));

        assertThat(skip.message()).startsWith("Account: ");
        assertThat(skip.byRowAlone()).isFalse();
    }
}
