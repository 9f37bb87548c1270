package dev.exitscope.analysis.policy.group;

import dev.exitscope.analysis.policy.ReplayResult;
import dev.exitscope.analysis.trace.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a streamed corpus into groups for {@link FirstFinish}. Sibling samples may be spread over a file or over
 * several files, so nothing can be replayed before the input ends; the buffer therefore keeps one
 * {@link GroupSample} per trace (id, index, length, answer: about a hundred bytes) and never the trace itself.
 * Memory is linear in the number of traces, not in their tokens. Rows come out in the order groups (and ungrouped
 * traces) were first seen. Not thread-safe.
 */
public final class GroupBuffer {
    private final Map<String, List<GroupSample>> groups = new LinkedHashMap<>();
    private final List<Object> order = new ArrayList<>();

    /** Adds one trace: to its group, or as an ungrouped row. */
    public void add(Trace t) {
        GroupSample s = GroupSample.of(t);
        if (t.group() == null) {
            order.add(s);
            return;
        }
        String id = t.group().id();
        List<GroupSample> members = groups.get(id);
        if (members == null) {
            members = new ArrayList<>();
            groups.put(id, members);
            order.add(id);
        }
        members.add(s);
    }

    /** One FFS row per group and one unreplayable row per ungrouped trace. */
    public List<ReplayResult> replay() {
        List<ReplayResult> rows = new ArrayList<>(order.size());
        for (Object o : order) {
            if (o instanceof GroupSample s) {
                rows.add(FirstFinish.ungrouped(s));
            } else {
                String id = (String) o;
                rows.add(FirstFinish.replay(id, groups.get(id)));
            }
        }
        return rows;
    }
}
