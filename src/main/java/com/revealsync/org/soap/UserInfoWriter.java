package com.revealsync.org.soap;

import com.revealsync.org.data.OrgUser;
import com.revealsync.org.server.OrgContext;
import com.revealsync.org.session.Session;
import java.time.Duration;

/** Writes a GetUserInfoResult, its elements in XSD order. */
final class UserInfoWriter {

    private UserInfoWriter() {
    }

    static void write(SoapWriter w, String element, OrgContext context, OrgUser user, Session session) {
        long secondsValid = Math.max(0, Duration.between(context.clock().instant(), session.expiresAt()).toSeconds());
        w.start(element)
                .element("accessibilityMode", false)
                .element("chatterExternal", false)
                .element("currencySymbol", "$")
                .element("orgAttachmentFileSizeLimit", 5_242_880)
                .element("orgDefaultCurrencyIsoCode", "USD")
                .element("orgDefaultCurrencyLocale", "en_US")
                .element("orgDisallowHtmlAttachments", false)
                .element("orgHasPersonAccounts", false)
                .element("organizationId", context.data().organizationId())
                .element("organizationMultiCurrency", false)
                .element("organizationName", context.data().organizationName())
                .element("profileId", user.profileId())
                .nil("roleId")
                .element("sessionSecondsValid", secondsValid)
                .nil("userDefaultCurrencyIsoCode")
                .element("userEmail", user.email())
                .element("userFullName", user.fullName())
                .element("userId", user.id())
                .element("userLanguage", user.language())
                .element("userLocale", user.locale())
                .element("userName", user.username())
                .element("userTimeZone", user.timeZone())
                .element("userType", "Standard")
                .element("userUiSkin", "Theme3")
                .end(element);
    }
}
