package com.revealsync.salesforce.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.async.AsyncApiException;
import com.sforce.async.AsyncExceptionCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An error answer to a streamed Bulk download becomes the exception WSC itself would throw. */
class BulkErrorAnswerTest {

    private static ByteArrayInputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anExpiredSessionIsInvalidSessionIdSoTheCallerRenewsIt() throws IOException {
        AsyncApiException e = BulkErrorAnswer.read(400, body("<?xml version=\"1.0\" encoding=\"UTF-8\"?><error "
                + "xmlns=\"http://www.force.com/2009/06/asyncapi/dataload\"><exceptionCode>InvalidSessionId</exceptionCode>"
                + "<exceptionMessage>Invalid session id</exceptionMessage></error>"));

        assertThat(e.getExceptionCode()).isEqualTo(AsyncExceptionCode.InvalidSessionId);
        assertThat(e.getExceptionMessage()).isEqualTo("Invalid session id");
    }

    @Test
    void anUnknownCodeKeepsItsMessageAndEscapesAreRead() throws IOException {
        AsyncApiException e = BulkErrorAnswer.read(400, body("<error><exceptionCode>SomethingNew</exceptionCode>"
                + "<exceptionMessage>Batch &lt;751&gt; &amp; more</exceptionMessage></error>"));

        assertThat(e.getExceptionCode()).isEqualTo(AsyncExceptionCode.Unknown);
        assertThat(e.getExceptionMessage()).isEqualTo("Batch <751> & more");
    }

    @Test
    void anAnswerThatIsNoErrorDocumentIsATransportFaultNamingTheStatus() {
        assertThatThrownBy(() -> BulkErrorAnswer.read(503, body("<html>Service Unavailable</html>")))
                .isInstanceOf(IOException.class).hasMessageContaining("HTTP 503");
    }
}
