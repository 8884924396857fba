package com.revealsync.org.soap;

import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.OrgUser;
import com.revealsync.org.data.value.WireFormat;
import com.revealsync.org.session.Session;
import com.revealsync.org.session.UserAuthenticator;

/** {@code login}, {@code logout}, {@code getUserInfo} and {@code getServerTimestamp}. */
final class SessionOperations {

    /** The last API version that still has {@code login()}: Salesforce removed it from 65.0 on. */
    static final int LAST_LOGIN_VERSION = 64;

    static final String INVALID_LOGIN_MESSAGE = "Invalid username, password, security token; or user locked out.";

    private SessionOperations() {
    }

    /** LoginResult: metadataServerUrl, passwordExpired, sandbox, serverUrl, sessionId, userId, userInfo. */
    static void login(SoapCall call, SoapWriter out) {
        if (call.majorVersion() > LAST_LOGIN_VERSION) {
            throw new OrgFault(OrgFault.Kind.UNEXPECTED_ERROR, "INVALID_OPERATION",
                    "SOAP API login() is not available in API version " + call.apiVersion()
                            + " and later; use OAuth 2.0 (or API version 64.0 or earlier)");
        }
        String username = call.body().childText("username").orElse(null);
        String password = call.body().childText("password").orElse(null);
        OrgUser user = new UserAuthenticator(call.context()).authenticate(username, password)
                .orElseThrow(() -> new OrgFault(OrgFault.Kind.LOGIN, "INVALID_LOGIN", INVALID_LOGIN_MESSAGE));
        Session session = call.context().sessions().open(user);
        String orgId = call.data().organizationId();
        String base = call.context().baseUrl();
        out.start("result")
                .element("metadataServerUrl", base + "/services/Soap/m/" + call.apiVersion() + "/" + orgId)
                .element("passwordExpired", false)
                .element("sandbox", false)
                .element("serverUrl", base + "/services/Soap/u/" + call.apiVersion() + "/" + orgId)
                .element("sessionId", session.token())
                .element("userId", user.id());
        UserInfoWriter.write(out, "userInfo", call.context(), user, session);
        out.end("result");
    }

    static void logout(SoapCall call, SoapWriter out) {
        call.context().sessions().invalidate(call.session().token());
    }

    static void getUserInfo(SoapCall call, SoapWriter out) {
        OrgUser user = call.data().userById(call.session().userId()).orElseThrow(
                com.revealsync.org.session.Sessions::invalidSession);
        UserInfoWriter.write(out, "result", call.context(), user, call.session());
    }

    /**
     * The data's time, not the context's clock: SystemModstamp is stamped by the data's clock, and a
     * client asks for records modified after this answer. The two clocks differ when the data was
     * opened apart from the settings (an OrgDatabase handed to {@code EmbeddedOrg.start}).
     */
    static void getServerTimestamp(SoapCall call, SoapWriter out) {
        out.start("result").element("timestamp", WireFormat.datetime(call.data().serverTime())).end("result");
    }
}
