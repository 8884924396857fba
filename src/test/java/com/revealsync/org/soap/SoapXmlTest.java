package com.revealsync.org.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.org.data.OrgFault;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The SOAP layer's own XML handling, without a server. */
class SoapXmlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plain|plain",
            "a<b>c|a&lt;b&gt;c",
            "Tom & \"Jerry\"|Tom &amp; &quot;Jerry&quot;",
            "it's|it's",
            "emoji 🚀|emoji 🚀",
            "bell\u0007ring|bell\uFFFDring",
            "lone \uD800 surrogate|lone \uFFFD surrogate"})
    void escapesTextForXml(String text, String written) {
        assertThat(new SoapWriter().element("v", text).toString()).isEqualTo("<v>" + written + "</v>");
    }

    @Test
    void writesCarriageReturnAsACharacterReference() {
        assertThat(new SoapWriter().element("v", "a\r\nb").toString()).isEqualTo("<v>a&#13;\nb</v>");
    }

    @Test
    void writesNullAsNil() {
        assertThat(new SoapWriter().element("sf:Phone", null).toString()).isEqualTo("<sf:Phone xsi:nil=\"true\"/>");
    }

    @Test
    void readsFieldsToNullInAnyPositionAndIgnoresNilValues() throws Exception {
        SoapRequest request = SoapRequestReader.read(stream("""
                <e:Envelope xmlns:e="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <e:Header><QueryOptions xmlns="urn:partner.soap.sforce.com"><batchSize>300</batchSize></QueryOptions></e:Header>
                <e:Body><m:update xmlns:m="urn:partner.soap.sforce.com" xmlns:s="urn:sobject.partner.soap.sforce.com">
                <m:sObjects><s:fieldsToNull>Phone</s:fieldsToNull><s:type>Lead</s:type><s:Id>00Q000000000001AAA</s:Id>
                <s:Title xsi:type="xsd:string">CEO</s:Title><s:Email xsi:nil="true"/><s:fieldsToNull>Email</s:fieldsToNull>
                </m:sObjects></m:update></e:Body></e:Envelope>"""));
        var record = SObjectReader.read(request.operation()).get(0);
        assertThat(record.type()).isEqualTo("Lead");
        assertThat(record.id()).isEqualTo("00Q000000000001AAA");
        assertThat(record.values()).containsExactly(java.util.Map.entry("Id", "00Q000000000001AAA"),
                java.util.Map.entry("Title", "CEO"));
        assertThat(record.fieldsToNull()).containsExactlyInAnyOrder("Phone", "Email");
        assertThat(request.queryBatchSize()).contains("300");
    }

    @Test
    void aRecordWithoutATypeIsRefused() throws Exception {
        SoapRequest request = SoapRequestReader.read(stream("""
                <e:Envelope xmlns:e="http://schemas.xmlsoap.org/soap/envelope/"><e:Body>
                <create xmlns="urn:partner.soap.sforce.com"><sObjects><LastName>X</LastName></sObjects></create>
                </e:Body></e:Envelope>"""));
        assertThatThrownBy(() -> SObjectReader.read(request.operation())).isInstanceOfSatisfying(OrgFault.class,
                f -> assertThat(f.exceptionCode()).isEqualTo("INVALID_TYPE"));
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "<a>".repeat(40) + "</a>".repeat(40);
        assertThatThrownBy(() -> SoapRequestReader.read(stream("<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<e:Body>" + deep + "</e:Body></e:Envelope>")))
                .isInstanceOf(SoapProtocolFault.class).hasMessageContaining("nested deeper than 32");
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
