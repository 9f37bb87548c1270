package dev.exitscope.views.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExitExplanationTest {
    @Test
    void ordinalsTakeTheirEnglishSuffixes() {
        List<String> got = new java.util.ArrayList<>();
        for (int n : new int[] {1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112}) {
            got.add(ExitExplanation.ordinal(n));
        }
        assertEquals(List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st",
                "111th", "112th"), got);
    }
}
