package dev.exitscope.views.timeline;

/**
 * A policy's threshold drawn across the lane it is compared with: entropy's mean-entropy threshold, RPDI's λ on path
 * deviation, DEER's τ on probe confidence, SCM's θ on the harm score. Immutable.
 *
 * @param lane  the lane id ({@code entropy}, {@code rpdi}, {@code probes}, {@code harm}, …)
 * @param value the threshold in the lane's units
 * @param argb  the policy's colour
 * @param label e.g. {@code deer τ 0.95}
 */
public record LaneThreshold(String lane, double value, int argb, String label) {
}
