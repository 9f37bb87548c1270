package dev.exitscope.analysis.answer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * A real number held exactly as {@code q·√r·π^k} (q rational, r a square-free positive integer, k an integer)
 * while the arithmetic allows it, and as a {@code double} once it does not (sums of unlike radicals, irrational
 * powers, numbers too large to keep exactly). The exact form makes simple radicals canonical, so {@code 2√3} and
 * {@code √12} become the same value, and keeps {@code 0.333} and {@code 1/3} apart. Immutable.
 */
final class ExactNumber {
    private static final int MAX_BITS = 4096;
    private static final long MAX_RADICAND = 1_000_000_000_000L;

    static final ExactNumber ZERO = rational(BigInteger.ZERO, BigInteger.ONE);
    static final ExactNumber ONE = rational(BigInteger.ONE, BigInteger.ONE);
    static final ExactNumber PI = new ExactNumber(BigInteger.ONE, BigInteger.ONE, 1, 1, Double.NaN);

    private final BigInteger num;
    private final BigInteger den;
    private final long rad;
    private final int pi;
    private final double approx;

    private ExactNumber(BigInteger num, BigInteger den, long rad, int pi, double approx) {
        this.num = num;
        this.den = den;
        this.rad = rad;
        this.pi = pi;
        this.approx = approx;
    }

    /** The rational {@code n/d} in lowest terms; {@code d} must not be zero. */
    static ExactNumber rational(BigInteger n, BigInteger d) {
        if (d.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            n = n.divide(g);
            d = d.divide(g);
        }
        if (n.signum() == 0) {
            d = BigInteger.ONE;
        }
        if (n.bitLength() > MAX_BITS || d.bitLength() > MAX_BITS) {
            return approximate(new BigDecimal(n).divide(new BigDecimal(d), MathContext.DECIMAL64).doubleValue());
        }
        return new ExactNumber(n, d, 1, 0, Double.NaN);
    }

    /** A decimal literal such as {@code 12}, {@code 0.333} or {@code .5}, held exactly. */
    static ExactNumber decimal(String literal) {
        BigDecimal d = new BigDecimal(literal.startsWith(".") ? "0" + literal : literal);
        if (d.scale() > 0) {
            return rational(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
        }
        return rational(d.toBigIntegerExact(), BigInteger.ONE);
    }

    static ExactNumber approximate(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new ArithmeticException("not a finite number");
        }
        return new ExactNumber(BigInteger.ZERO, BigInteger.ONE, 1, 0, v);
    }

    boolean isExact() {
        return Double.isNaN(approx);
    }

    /** True for an exact integer (no radical, no π). */
    boolean isInteger() {
        return isExact() && rad == 1 && pi == 0 && den.equals(BigInteger.ONE);
    }

    boolean isZero() {
        return isExact() ? num.signum() == 0 : approx == 0.0;
    }

    double toDouble() {
        if (!isExact()) {
            return approx;
        }
        double q = new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL64).doubleValue();
        return q * Math.sqrt(rad) * Math.pow(Math.PI, pi);
    }

    ExactNumber negate() {
        return isExact() ? new ExactNumber(num.negate(), den, rad, pi, Double.NaN) : approximate(-approx);
    }

    ExactNumber add(ExactNumber o) {
        if (isExact() && o.isExact()) {
            if (o.isZero()) {
                return this;
            }
            if (isZero()) {
                return o;
            }
            if (rad == o.rad && pi == o.pi) {
                ExactNumber q = rational(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
                return q.isExact() && !q.isZero() ? new ExactNumber(q.num, q.den, rad, pi, Double.NaN) : q;
            }
        }
        return approximate(toDouble() + o.toDouble());
    }

    ExactNumber subtract(ExactNumber o) {
        return add(o.negate());
    }

    ExactNumber multiply(ExactNumber o) {
        if (!isExact() || !o.isExact()) {
            return approximate(toDouble() * o.toDouble());
        }
        if (isZero() || o.isZero()) {
            return ZERO;
        }
        long r;
        try {
            r = Math.multiplyExact(rad, o.rad);
        } catch (ArithmeticException e) {
            return approximate(toDouble() * o.toDouble());
        }
        if (r > MAX_RADICAND) {
            return approximate(toDouble() * o.toDouble());
        }
        long[] split = squareSplit(r);
        ExactNumber q = rational(num.multiply(o.num).multiply(BigInteger.valueOf(split[0])), den.multiply(o.den));
        if (!q.isExact()) {
            return approximate(toDouble() * o.toDouble());
        }
        return new ExactNumber(q.num, q.den, split[1], pi + o.pi, Double.NaN);
    }

    ExactNumber reciprocal() {
        if (isZero()) {
            throw new ArithmeticException("division by zero");
        }
        if (!isExact()) {
            return approximate(1.0 / approx);
        }
        ExactNumber q = rational(den, num.multiply(BigInteger.valueOf(rad)));
        return q.isExact() ? new ExactNumber(q.num, q.den, rad, -pi, Double.NaN) : approximate(1.0 / toDouble());
    }

    ExactNumber divide(ExactNumber o) {
        return multiply(o.reciprocal());
    }

    /** The principal square root; exact when the value is a rational times an even power of π. */
    ExactNumber sqrt() {
        double d = toDouble();
        if (d < 0) {
            throw new ArithmeticException("square root of a negative number");
        }
        if (isZero()) {
            return ZERO;
        }
        if (!isExact() || rad != 1 || pi % 2 != 0) {
            return approximate(Math.sqrt(d));
        }
        BigInteger p = num.multiply(den);
        if (p.compareTo(BigInteger.valueOf(MAX_RADICAND)) > 0) {
            return approximate(Math.sqrt(d));
        }
        long[] split = squareSplit(p.longValue());
        ExactNumber q = rational(BigInteger.valueOf(split[0]), den);
        return new ExactNumber(q.num, q.den, split[1], pi / 2, Double.NaN);
    }

    /** {@code this^e}: exact for integer exponents up to 64 in size and for the exponent 1/2. */
    ExactNumber pow(ExactNumber e) {
        if (e.isInteger() && e.num.abs().compareTo(BigInteger.valueOf(64)) <= 0) {
            int n = e.num.intValue();
            ExactNumber r = ONE;
            for (int i = 0; i < Math.abs(n); i++) {
                r = r.multiply(this);
            }
            return n < 0 ? r.reciprocal() : r;
        }
        if (e.isExact() && e.rad == 1 && e.pi == 0 && e.num.equals(BigInteger.ONE) && e.den.equals(BigInteger.TWO)) {
            return sqrt();
        }
        return approximate(Math.pow(toDouble(), e.toDouble()));
    }

    /** Splits {@code n > 0} into {@code {s, t}} with {@code n = s²·t} and {@code t} square-free. */
    static long[] squareSplit(long n) {
        long s = 1;
        long t = n;
        for (long f = 2; f * f <= t; f++) {
            while (t % (f * f) == 0) {
                t /= f * f;
                s *= f;
            }
        }
        return new long[] {s, t};
    }

    /** Exact equality of two exact values in canonical form. */
    boolean sameExact(ExactNumber o) {
        return isExact() && o.isExact() && rad == o.rad && pi == o.pi && num.equals(o.num) && den.equals(o.den);
    }

    /** Equal exactly, or within relative tolerance {@code tol} as doubles. */
    boolean closeTo(ExactNumber o, double tol) {
        if (sameExact(o)) {
            return true;
        }
        double x = toDouble();
        double y = o.toDouble();
        if (x == y) {
            return true;
        }
        double scale = Math.max(Math.abs(x), Math.abs(y));
        return Math.abs(x - y) <= tol * scale;
    }

    @Override
    public String toString() {
        if (!isExact()) {
            return Double.toString(approx);
        }
        StringBuilder sb = new StringBuilder(num.toString());
        if (!den.equals(BigInteger.ONE)) {
            sb.append('/').append(den);
        }
        if (rad != 1) {
            sb.append("*sqrt(").append(rad).append(')');
        }
        if (pi != 0) {
            sb.append("*pi^").append(pi);
        }
        return sb.toString();
    }
}
