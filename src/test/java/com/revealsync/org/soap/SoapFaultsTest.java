package com.revealsync.org.soap;

import static com.revealsync.org.soap.SoapOperationsTest.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.testing.OrgClient;
import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.fault.ApiFault;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.InvalidFieldFault;
import com.sforce.soap.partner.fault.InvalidQueryLocatorFault;
import com.sforce.soap.partner.fault.InvalidSObjectFault;
import com.sforce.soap.partner.fault.LoginFault;
import com.sforce.soap.partner.fault.MalformedQueryFault;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectorConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Call-level faults through WSC: login, query faults, call size and the daily API limit. */
class SoapFaultsTest {

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
    void loginAt64ReturnsASessionAndAServerUrlOnTheOrg() throws Exception {
        ConnectorConfig config = loginConfig("64.0", OrgClient.ADMIN, OrgClient.PASSWORD);
        PartnerConnection connection = Connector.newConnection(config);
        assertThat(config.getServiceEndpoint())
                .isEqualTo(org.baseUrl() + "/services/Soap/u/64.0/" + org.data().organizationId());
        assertThat(connection.getUserInfo().getUserName()).isEqualTo(OrgClient.ADMIN);
    }

    @Test
    void aBadPasswordIsInvalidLogin() {
        assertThatThrownBy(() -> Connector.newConnection(loginConfig("64.0", OrgClient.ADMIN, "wrong")))
                .isInstanceOfSatisfying(LoginFault.class, f -> {
                    assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_LOGIN);
                    assertThat(f.getExceptionMessage()).isEqualTo("Invalid username, password, security token; or user locked out.");
                });
    }

    @Test
    void loginIsRefusedFromApi65On() {
        assertThatThrownBy(() -> Connector.newConnection(loginConfig("65.0", OrgClient.ADMIN, OrgClient.PASSWORD)))
                .isInstanceOfSatisfying(UnexpectedErrorFault.class, f -> {
                    assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_OPERATION);
                    assertThat(f.getExceptionMessage()).contains("login()").contains("65.0").contains("OAuth");
                });
    }

    @Test
    void anUnknownColumnIsAnInvalidFieldFaultWithRowAndColumn() {
        assertThatThrownBy(() -> partner.query("SELECT Id, Foo FROM Account"))
                .isInstanceOfSatisfying(InvalidFieldFault.class, f -> {
                    assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_FIELD);
                    assertThat(f.getExceptionMessage()).contains("No such column 'Foo' on entity 'Account'");
                    assertThat(f.getRow()).isEqualTo(1);
                    assertThat(f.getColumn()).isEqualTo(12);
                });
    }

    @Test
    void brokenSoqlIsAMalformedQueryFault() {
        assertThatThrownBy(() -> partner.query("SELECT Id FROM Lead WHERE"))
                .isInstanceOfSatisfying(MalformedQueryFault.class, f -> {
                    assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.MALFORMED_QUERY);
                    assertThat(f.getRow()).isEqualTo(1);
                });
    }

    @Test
    void anUnknownObjectIsAnInvalidSObjectFault() {
        assertThatThrownBy(() -> partner.query("SELECT Id FROM Nope__c"))
                .isInstanceOfSatisfying(InvalidSObjectFault.class, f -> assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_TYPE));
        assertThatThrownBy(() -> partner.describeSObject("Nope__c"))
                .isInstanceOfSatisfying(InvalidSObjectFault.class, f -> assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_TYPE));
    }

    @Test
    void aBogusQueryLocatorIsAnInvalidQueryLocatorFault() {
        assertThatThrownBy(() -> partner.queryMore("01gXXXXXXXXXXXXXXX-200"))
                .isInstanceOfSatisfying(InvalidQueryLocatorFault.class,
                        f -> assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_QUERY_LOCATOR));
    }

    @Test
    void moreThan200RecordsInACallIsRefused() {
        SObject[] records = new SObject[201];
        for (int i = 0; i < records.length; i++) {
            records[i] = lead("L" + i, "Too Many");
        }
        assertThatThrownBy(() -> partner.create(records)).isInstanceOfSatisfying(ApiFault.class,
                f -> assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.EXCEEDED_ID_LIMIT));
    }

    @Test
    void callsPastTheDailyLimitAreRefused() throws Exception {
        try (EmbeddedOrg limited = EmbeddedOrg.start(OrgSettings.inMemory().withDailyApiLimit(3))) {
            PartnerConnection connection = new OrgClient(limited).partner();
            for (int i = 0; i < 3; i++) {
                connection.getUserInfo();
            }
            assertThat(connection.getLimitInfoHeader().getLimitInfo()[0].getCurrent()).isEqualTo(3);
            assertThatThrownBy(connection::getUserInfo).isInstanceOfSatisfying(UnexpectedErrorFault.class, f -> {
                assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.REQUEST_LIMIT_EXCEEDED);
                assertThat(f.getExceptionMessage()).isEqualTo("TotalRequests Limit exceeded.");
            });
            assertThat(limited.apiUsage().used()).isEqualTo(3);
        }
    }

    @Test
    void aCallWithoutASessionIsInvalidSessionId() {
        PartnerConnection anonymous = new OrgClient(org).partner("00Dnot-a-session");
        assertThatThrownBy(anonymous::getUserInfo).isInstanceOfSatisfying(UnexpectedErrorFault.class, f -> {
            assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_SESSION_ID);
            assertThat(f.getExceptionMessage()).isEqualTo("Invalid Session ID found in SessionHeader: Illegal Session");
        });
    }

    private static ConnectorConfig loginConfig(String version, String username, String password) {
        ConnectorConfig config = new ConnectorConfig();
        config.setAuthEndpoint(org.baseUrl() + "/services/Soap/u/" + version);
        config.setUsername(username);
        config.setPassword(password);
        return config;
    }
}
