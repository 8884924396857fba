package com.revealsync.run;

import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills {@code export_link} from the rows of runs made before it existed, once per app database,
 * then drops the {@code row_outcome} index that the old remembered-exports query needed. Runs when
 * the app starts, after the schema scripts; a database that has done it (a row in
 * {@code app_migration}) costs one primary-key read. Two processes starting at once: the second
 * meets the first's marker row (inserted in the same transaction as the pairs: a duplicate key or a
 * lock wait that times out) and leaves the work to it.
 */
@Component
@DependsOnDatabaseInitialization
public class ExportLinkMigration implements InitializingBean {

    static final String NAME = "export_link_from_row_outcome";
    private static final Logger LOG = LoggerFactory.getLogger(ExportLinkMigration.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public ExportLinkMigration(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        migrate();
    }

    /** Whether this call did the migration (false: an earlier start did). */
    boolean migrate() {
        Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM app_migration WHERE name = ?", Integer.class, NAME);
        if (done != null && done > 0) {
            return false;
        }
        long started = System.nanoTime();
        Integer pairs;
        try {
            pairs = transaction.execute(status -> {
                jdbc.update("INSERT INTO app_migration (name, done_at) VALUES (?, ?)", NAME, Timestamp.from(clock.instant()));
                return jdbc.update("""
                        INSERT INTO export_link (lusha_id, salesforce_id)
                        SELECT DISTINCT lusha_id, salesforce_id FROM row_outcome
                        WHERE lusha_id IS NOT NULL AND salesforce_id IS NOT NULL
                          AND outcome IN ('CREATED', 'UPDATED', 'UNCHANGED')
                          AND NOT EXISTS (SELECT 1 FROM export_link e
                                          WHERE e.lusha_id = row_outcome.lusha_id AND e.salesforce_id = row_outcome.salesforce_id)""");
            });
        } catch (DuplicateKeyException | PessimisticLockingFailureException another) {
            // another process is migrating (its marker row is locked) or has just done it
            LOG.info("app database: another process fills export_link ({})", another.getMostSpecificCause().getMessage());
            return false;
        }
        jdbc.execute("DROP INDEX IF EXISTS row_outcome_lusha_id");
        if (pairs != null && pairs > 0) {
            LOG.info("app database: remembered {} exported (Lusha id, Salesforce id) pairs of earlier runs in {} ms",
                    pairs, (System.nanoTime() - started) / 1_000_000);
        }
        return true;
    }
}
