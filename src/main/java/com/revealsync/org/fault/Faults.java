package com.revealsync.org.fault;

import com.revealsync.org.server.ExchangeHook;
import com.revealsync.org.server.OrgContext;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Fault injection of one running org, switched on from {@code org serve --faults SPEC} or from
 * test code ({@code org.faults().set("seed=42,lock=0.05")}). Installed once when the org starts;
 * with no spec set it injects nothing.
 */
public final class Faults {

    private final FaultInjector injector = new FaultInjector();
    private final ExchangeHook hook = new FaultHook(injector);
    private final OrgContext context;
    private final long normalApiLimit;

    private Faults(OrgContext context) {
        this.context = context;
        this.normalApiLimit = context.apiUsage().dailyLimit();
    }

    /** Wires the injector into the org: the HTTP hook, the session check and the lock decorator. */
    public static Faults install(OrgContext context, Consumer<ExchangeHook> hookInstaller) {
        Faults faults = new Faults(context);
        hookInstaller.accept(faults.hook);
        context.sessions().setEndOnUse(session -> faults.injector.sessionUsedUp(session.token()));
        context.decorateData(data -> new LockFaultOrgData(data, faults.injector));
        return faults;
    }

    /** The HTTP side of the injector (latency, 503, resets), as installed on the router. */
    public ExchangeHook hook() {
        return hook;
    }

    /** @throws FaultSpecException naming the bad part of the spec */
    public Faults set(String spec) {
        return set(FaultSpec.parse(spec));
    }

    public synchronized Faults set(FaultSpec spec) {
        injector.set(spec);
        context.apiUsage().setDailyLimit(spec.apiLimit() >= 0 ? spec.apiLimit() : normalApiLimit);
        return this;
    }

    /** Switches every fault off (the daily limit goes back to the org's own). */
    public Faults clear() {
        return set(FaultSpec.NONE);
    }

    public FaultSpec spec() {
        return injector.spec();
    }

    /** How many times each fault struck since the org started. */
    public Map<FaultKind, Long> injected() {
        return injector.injectedCounts();
    }
}
