package com.revealsync.schedule;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.quartz.spi.InstanceIdGenerator;

/**
 * The Quartz instance id of a {@code serve} process: host name, process id and a random part,
 * e.g. {@code app-1-4242-3f9a1c}. Quartz's own AUTO id is the host name and the start-up
 * millisecond, which two processes started together on one machine share; the cluster then
 * takes them for one node and both run the same fire.
 */
public final class NodeInstanceIdGenerator implements InstanceIdGenerator {

    @Override
    public String generateInstanceId() {
        return host() + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "host";
        }
    }
}
