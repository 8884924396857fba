package com.revealsync.schedule;

import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work on the Quartz store in one transaction of the app database that holds the cluster's
 * trigger lock (row {@code TRIGGER_ACCESS} of Quartz's locks table, the lock Quartz's own nodes
 * take to acquire and change triggers). Two {@code serve} processes starting at once then
 * register their schedules one after the other: the second sees everything the first stored, a
 * trigger is never seen without its cron row, and a process killed half-way leaves nothing.
 *
 * <p>Without a transaction, Spring's Quartz store runs each statement in auto-commit: its locks
 * are released as soon as taken, and a trigger's two rows are committed one by one.
 */
@FunctionalInterface
interface ClusterLock {

    /** For a store that is not shared (Quartz's in-memory store). */
    ClusterLock NONE = work -> work.run();

    void holding(StoreWork work) throws SchedulerException;

    @FunctionalInterface
    interface StoreWork {
        void run() throws SchedulerException;
    }

    /** Quartz's trigger lock in {@code tablePrefix + "LOCKS"} of the app database. */
    static ClusterLock triggerAccess(Scheduler scheduler, DataSource dataSource, PlatformTransactionManager transactions,
                                     String tablePrefix) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        String table = tablePrefix + "LOCKS";
        return work -> {
            String name = scheduler.getSchedulerName();
            createRow(jdbc, table, name);
            SchedulerException failure = transaction.execute(status -> {
                jdbc.queryForList("SELECT LOCK_NAME FROM " + table + " WHERE SCHED_NAME = ? AND LOCK_NAME = ? FOR UPDATE",
                        String.class, name, "TRIGGER_ACCESS");
                try {
                    work.run();
                    return null;
                } catch (SchedulerException e) {
                    status.setRollbackOnly();
                    return e;
                }
            });
            if (failure != null) {
                throw failure;
            }
        };
    }

    /**
     * Quartz inserts a lock row on first use, inside the caller's transaction, where two nodes'
     * inserts collide; this one is committed on its own first, and a collision means it is there.
     */
    private static void createRow(JdbcTemplate jdbc, String table, String schedulerName) {
        try {
            jdbc.update("INSERT INTO " + table + " (SCHED_NAME, LOCK_NAME) SELECT ?, ? WHERE NOT EXISTS"
                    + " (SELECT 1 FROM " + table + " WHERE SCHED_NAME = ? AND LOCK_NAME = ?)",
                    schedulerName, "TRIGGER_ACCESS", schedulerName, "TRIGGER_ACCESS");
        } catch (DataIntegrityViolationException e) {
            // another node inserted it between our check and our insert
        }
    }
}
