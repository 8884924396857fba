package com.revealsync.org.soap;

import java.util.Map;
import java.util.Optional;

/** The Partner API operations the org answers, by the local name of their request element. */
final class SoapOperations {

    static final String LOGIN = "login";

    private static final Map<String, SoapOperation> BY_NAME = Map.ofEntries(
            Map.entry(LOGIN, SessionOperations::login),
            Map.entry("logout", SessionOperations::logout),
            Map.entry("getUserInfo", SessionOperations::getUserInfo),
            Map.entry("getServerTimestamp", SessionOperations::getServerTimestamp),
            Map.entry("describeGlobal", DescribeOperations::describeGlobal),
            Map.entry("describeSObject", DescribeOperations::describeSObject),
            Map.entry("describeSObjects", DescribeOperations::describeSObjects),
            Map.entry("create", SaveOperations::create),
            Map.entry("update", SaveOperations::update),
            Map.entry("upsert", SaveOperations::upsert),
            Map.entry("delete", SaveOperations::delete),
            Map.entry("convertLead", ConvertLeadOperation::convertLead),
            Map.entry("retrieve", QueryOperations::retrieve),
            Map.entry("query", QueryOperations::query),
            Map.entry("queryAll", QueryOperations::queryAll),
            Map.entry("queryMore", QueryOperations::queryMore));

    private SoapOperations() {
    }

    /** The operation of a request element, if it is one of the Partner API's that the org answers. */
    static Optional<SoapOperation> find(XmlNode element) {
        if (!SoapNames.PARTNER.equals(element.namespace())) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(element.name()));
    }
}
