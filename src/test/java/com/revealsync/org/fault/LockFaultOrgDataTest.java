package com.revealsync.org.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.revealsync.org.data.DmlOptions;
import com.revealsync.org.data.OrgData;
import com.revealsync.org.data.RecordInput;
import com.revealsync.org.data.SaveResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LockFaultOrgDataTest {

    private final OrgData org = mock(OrgData.class);
    private final FaultInjector faults = new FaultInjector();
    private final LockFaultOrgData data = new LockFaultOrgData(org, faults);

    @Test
    void lockedRecordsAreNotSavedAndResultsKeepTheCallersOrder() {
        faults.set(FaultSpec.parse("seed=7,lock=0.3"));
        List<List<RecordInput>> passedOn = new ArrayList<>();
        when(org.update(anyList())).thenAnswer(call -> {
            List<RecordInput> records = call.getArgument(0);
            passedOn.add(records);
            return records.stream().map(r -> SaveResult.ok(r.id(), false)).toList();
        });
        List<RecordInput> records = IntStream.range(0, 200)
                .mapToObj(i -> new RecordInput("Lead", "00Q5g00000000%02dAAA".formatted(i), Map.of("Phone", "1"), null))
                .toList();

        List<SaveResult> results = data.update(records);

        assertThat(results).hasSize(200);
        long locked = results.stream().filter(r -> !r.success()).count();
        assertThat(locked).isBetween(30L, 90L);
        assertThat(passedOn.get(0)).hasSize(200 - (int) locked);
        for (int i = 0; i < 200; i++) {
            SaveResult r = results.get(i);
            if (r.success()) {
                assertThat(r.id()).isEqualTo(records.get(i).id());
            } else {
                assertThat(r.errors().get(0).statusCode()).isEqualTo("UNABLE_TO_LOCK_ROW");
                assertThat(r.errors().get(0).message())
                        .isEqualTo("unable to obtain exclusive access to this record or 1 records: " + records.get(i).id());
            }
        }
    }

    @Test
    void theSameSeedLocksTheSameRecords() {
        when(org.delete(anyList())).thenAnswer(call -> ((List<String>) call.getArgument(0)).stream()
                .map(id -> SaveResult.ok(id, false)).toList());
        List<String> ids = IntStream.range(0, 100).mapToObj(i -> "00Q" + i).toList();

        faults.set(FaultSpec.parse("seed=42,lock=0.2"));
        List<Boolean> first = data.delete(ids).stream().map(SaveResult::success).toList();
        faults.set(FaultSpec.parse("seed=42,lock=0.2"));
        List<Boolean> second = data.delete(ids).stream().map(SaveResult::success).toList();
        faults.set(FaultSpec.parse("seed=43,lock=0.2"));
        List<Boolean> other = data.delete(ids).stream().map(SaveResult::success).toList();

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(faults.injectedCounts().get(FaultKind.LOCK)).isPositive();
    }

    @Test
    void withoutTheFaultEveryRecordGoesThrough() {
        when(org.create(anyList())).thenAnswer(call -> ((List<RecordInput>) call.getArgument(0)).stream()
                .map(r -> SaveResult.ok("00Q1", true)).toList());

        List<SaveResult> results = data.create(List.of(new RecordInput("Lead", null, Map.of("LastName", "A"), null)));

        assertThat(results).containsExactly(SaveResult.ok("00Q1", true));
    }

    @Test
    void underAllOrNoneOneLockedRecordRollsBackTheWholeCall() {
        faults.set(FaultSpec.parse("seed=1,lock=0.5"));
        when(org.withOptions(new DmlOptions(true, false))).thenReturn(org);
        List<RecordInput> records = IntStream.range(0, 20)
                .mapToObj(i -> new RecordInput("Lead", null, Map.of("LastName", "L" + i), null)).toList();

        List<SaveResult> results = data.withOptions(new DmlOptions(true, false)).create(records);

        assertThat(results).noneMatch(SaveResult::success);
        assertThat(results).extracting(r -> r.errors().get(0).statusCode())
                .contains("UNABLE_TO_LOCK_ROW", "ALL_OR_NONE_OPERATION_ROLLED_BACK");
        verify(org, never()).create(anyList());
    }
}
