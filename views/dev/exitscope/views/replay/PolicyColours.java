package dev.exitscope.views.replay;

/**
 * The colours of the policies' flags: the Okabe–Ito palette (Okabe and Ito 2008, "Color Universal Design"), which
 * stays distinct under the common colour-vision deficiencies, ordered so that the first ones contrast best with the
 * background; black and yellow swap places between the light and the dark theme. Constants only.
 */
public final class PolicyColours {
    private static final int[] LIGHT = {0xFF0072B2, 0xFFD55E00, 0xFF009E73, 0xFFCC79A7, 0xFFE69F00, 0xFF56B4E9,
        0xFF000000, 0xFFF0E442};
    private static final int[] DARK = {0xFF56B4E9, 0xFFE69F00, 0xFF009E73, 0xFFCC79A7, 0xFFD55E00, 0xFFF0E442,
        0xFFFFFFFF, 0xFF0072B2};

    private PolicyColours() {
    }

    /** The colour (0xAARRGGBB) of the {@code i}-th policy, repeating after eight. */
    public static int argb(int i, boolean dark) {
        int[] p = dark ? DARK : LIGHT;
        return p[Math.floorMod(i, p.length)];
    }
}
