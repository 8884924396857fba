package com.revealsync.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NodeInstanceIdGeneratorTest {

    @Test
    void idsGeneratedInTheSameMillisecondInOneProcessDifferAndNameTheProcess() {
        NodeInstanceIdGenerator generator = new NodeInstanceIdGenerator();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            ids.add(generator.generateInstanceId());
        }
        assertThat(ids).hasSize(100);
        assertThat(ids).allSatisfy(id -> assertThat(id).contains("-" + ProcessHandle.current().pid() + "-").hasSizeLessThan(200));
    }
}
