package dev.exitscope.views.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    @Test
    void digitRunsCompareAsNumbersAndTextIgnoringCase() {
        List<String> ids = new ArrayList<>(List.of("10", "g10", "2", "G9", "g2", "002", "1", "b", "a",
                "123456789012345678901234567890", "99"));
        ids.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("1", "002", "2", "10", "99", "123456789012345678901234567890", "a", "b", "g2", "G9",
                "g10"), ids);
    }
}
