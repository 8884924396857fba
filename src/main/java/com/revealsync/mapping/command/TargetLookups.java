package com.revealsync.mapping.command;

import com.revealsync.mapping.autocomplete.AccountCandidate;
import com.revealsync.mapping.autocomplete.AccountCandidateSource;
import com.revealsync.salesforce.SalesforceRecord;
import com.revealsync.salesforce.metadata.DescribeSource;
import com.revealsync.salesforce.metadata.GatewayDescribeSource;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import com.revealsync.target.SalesforceTarget;
import com.revealsync.target.TargetFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The target org as the mapping commands see it: describes for {@code mapping validate}, Accounts
 * for {@code accounts suggest}. The target (the embedded org, the service account, or the admin
 * user's connection) is opened on first use, once per command, and closed with the application.
 */
@Component
public class TargetLookups implements DescribeSource, AccountCandidateSource, AutoCloseable {

    private final TargetFactory targets;
    private final Map<String, SObjectDescribe> describes = new ConcurrentHashMap<>();
    private SalesforceTarget target;

    public TargetLookups(TargetFactory targets) {
        this.targets = targets;
    }

    @Override
    public SObjectDescribe describe(String objectName) {
        return describes.computeIfAbsent(objectName, name -> new GatewayDescribeSource(openTarget().adminGateway()).describe(name));
    }

    @Override
    public void prefetch(Collection<String> objectNames) {
        new GatewayDescribeSource(openTarget().adminGateway()).prefetch(objectNames);
    }

    @Override
    public String target() {
        return openTarget().description();
    }

    @Override
    public List<AccountCandidate> candidates(List<String> terms, int limit) {
        List<String> conditions = new ArrayList<>();
        for (String term : terms) {
            conditions.add("Name LIKE " + contains(term));
            conditions.add("Website LIKE " + contains(term));
        }
        String soql = "SELECT Id, Name, Website FROM Account WHERE " + String.join(" OR ", conditions)
                + " ORDER BY Name LIMIT " + limit;
        List<AccountCandidate> found = new ArrayList<>();
        for (SalesforceRecord r : openTarget().adminGateway().query(soql)) {
            found.add(new AccountCandidate(r.id(), r.getString("Name"), r.getString("Website")));
        }
        return found;
    }

    private synchronized SalesforceTarget openTarget() {
        if (target == null) {
            target = targets.open();
        }
        return target;
    }

    @Override
    public synchronized void close() {
        if (target != null) {
            target.close();
            target = null;
        }
    }

    /** A SOQL LIKE literal matching the text anywhere: quotes and backslashes escaped, LIKE's wildcards too. */
    static String contains(String text) {
        StringBuilder sb = new StringBuilder("'%");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\'' -> sb.append("\\'");
                case '\\' -> sb.append("\\\\");
                case '%' -> sb.append("\\%");
                case '_' -> sb.append("\\_");
                default -> sb.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return sb.append("%'").toString();
    }
}
