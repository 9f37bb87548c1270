package dev.exitscope.views.library;

import java.util.Comparator;

/**
 * Orders strings as people read them: runs of digits compare as numbers ({@code "2"} before {@code "10"},
 * {@code "g9"} before {@code "g10"}), other text case-insensitively; ties fall back to plain string order so that
 * distinct strings never compare equal. Stateless; any thread.
 */
final class NaturalOrder implements Comparator<String> {
    static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            boolean da = Character.isDigit(a.charAt(i));
            boolean db = Character.isDigit(b.charAt(j));
            int ei = runEnd(a, i, da);
            int ej = runEnd(b, j, db);
            int c;
            if (da && db) {
                c = compareNumbers(a.substring(i, ei), b.substring(j, ej));
            } else if (da != db) {
                return da ? -1 : 1;
            } else {
                c = a.substring(i, ei).compareToIgnoreCase(b.substring(j, ej));
            }
            if (c != 0) {
                return c;
            }
            i = ei;
            j = ej;
        }
        int rest = Integer.compare(a.length() - i, b.length() - j);
        return rest != 0 ? rest : a.compareTo(b);
    }

    private static int runEnd(String s, int from, boolean digits) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k)) == digits) {
            k++;
        }
        return k;
    }

    /** Compares two digit runs by value, however long: without leading zeros, the longer is the larger. */
    private static int compareNumbers(String x, String y) {
        String a = stripZeros(x);
        String b = stripZeros(y);
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static String stripZeros(String s) {
        int k = 0;
        while (k < s.length() - 1 && s.charAt(k) == '0') {
            k++;
        }
        return s.substring(k);
    }
}
