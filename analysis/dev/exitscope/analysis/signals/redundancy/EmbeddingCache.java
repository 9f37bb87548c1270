package dev.exitscope.analysis.signals.redundancy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Sentence vectors keyed by content: the key of a text is the SHA-256 of the embedder's {@link TextEmbedder#id()},
 * a zero byte, and the text, all as UTF-8 (64 lower-case hex digits). A bounded in-memory LRU sits in front of an
 * optional {@link DiskVectorStore} directory, so reopening a trace, in this process or a later one, embeds nothing.
 *
 * <p>The memory bound counts 4 bytes per float plus a fixed 160-byte overhead per entry; the least recently used
 * entries go first. Vectors read from disk are promoted into memory.
 *
 * <p>Thread-safe: the memory map is guarded by this object's lock; disk files are written atomically (see
 * {@link DiskVectorStore}). Arrays handed in are copied and arrays handed out are copies.
 */
public final class EmbeddingCache {
    /** The default memory bound, 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;
    private static final long ENTRY_OVERHEAD = 160;

    private final long maxBytes;
    private final @Nullable DiskVectorStore disk;
    private final LinkedHashMap<String, float[]> memory = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private final AtomicLong memoryHits = new AtomicLong();
    private final AtomicLong diskHits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    private EmbeddingCache(long maxBytes, @Nullable DiskVectorStore disk) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.disk = disk;
    }

    /** A cache held in memory only, bounded by {@code maxBytes}. */
    public static EmbeddingCache inMemory(long maxBytes) {
        return new EmbeddingCache(maxBytes, null);
    }

    /** A memory cache of {@code maxBytes} backed by vector files under {@code directory} (created if absent). */
    public static EmbeddingCache onDisk(Path directory, long maxBytes) throws IOException {
        return new EmbeddingCache(maxBytes, new DiskVectorStore(directory));
    }

    /** The content key of {@code text} under the embedder {@code embedderId}. */
    public static String key(String embedderId, String text) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
        sha.update(embedderId.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        byte[] digest = sha.digest(text.getBytes(StandardCharsets.UTF_8));
        char[] hex = new char[2 * digest.length];
        for (int i = 0; i < digest.length; i++) {
            hex[2 * i] = Character.forDigit((digest[i] >> 4) & 0xF, 16);
            hex[2 * i + 1] = Character.forDigit(digest[i] & 0xF, 16);
        }
        return new String(hex);
    }

    /** A copy of the vector stored under {@code key}, or null; a stored vector of another length counts as absent. */
    public float @Nullable [] get(String key, int dimension) {
        synchronized (this) {
            float[] v = memory.get(key);
            if (v != null && v.length == dimension) {
                memoryHits.incrementAndGet();
                return v.clone();
            }
        }
        if (disk != null) {
            float[] v = disk.read(key, dimension);
            if (v != null) {
                diskHits.incrementAndGet();
                remember(key, v.clone());
                return v;
            }
        }
        misses.incrementAndGet();
        return null;
    }

    /** Stores a copy of {@code vector} under {@code key}, in memory and, if there is one, on disk. */
    public void put(String key, float[] vector) {
        float[] copy = vector.clone();
        remember(key, copy);
        if (disk != null) {
            disk.write(key, copy);
        }
    }

    private synchronized void remember(String key, float[] vector) {
        long size = sizeOf(vector);
        if (size > maxBytes) {
            return;
        }
        float[] old = memory.put(key, vector);
        if (old != null) {
            bytes -= sizeOf(old);
        }
        bytes += size;
        var it = memory.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            Map.Entry<String, float[]> eldest = it.next();
            bytes -= sizeOf(eldest.getValue());
            it.remove();
        }
    }

    private static long sizeOf(float[] v) {
        return 4L * v.length + ENTRY_OVERHEAD;
    }

    /** The disk directory, or null for a memory-only cache. */
    public @Nullable Path directory() {
        return disk == null ? null : disk.directory();
    }

    /** Number of vectors held in memory now. */
    public synchronized int memorySize() {
        return memory.size();
    }

    /** Bytes the memory part accounts for now (see the class comment). */
    public synchronized long memoryBytes() {
        return bytes;
    }

    /** Lookups answered from memory since the cache was made. */
    public long memoryHits() {
        return memoryHits.get();
    }

    /** Lookups answered from disk since the cache was made. */
    public long diskHits() {
        return diskHits.get();
    }

    /** Lookups answered by neither. */
    public long misses() {
        return misses.get();
    }
}
