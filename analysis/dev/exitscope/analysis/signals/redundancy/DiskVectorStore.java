package dev.exitscope.analysis.signals.redundancy;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vectors on disk, one small file per vector, so a new process finds the vectors an earlier one computed. The file
 * of key {@code k} (64 hex digits) is {@code dir/k[0..2]/k.vec}: the two-digit fan-out keeps directories small.
 *
 * <p>File layout (big-endian): the magic {@code "ESV1"}, the dimension as an int, an encoding byte, then for
 * encoding 0 (dense) {@code dimension} floats, or for encoding 1 (sparse, chosen when at most a quarter of the
 * entries are non-zero, as for lexical vectors) the count of non-zero entries followed by (int index, float value)
 * pairs in increasing index order.
 *
 * <p>Thread- and process-safe: a vector is written to a temporary file in the same directory and moved into
 * place atomically, so readers see either no file or a whole one. The store is best-effort: a write that fails is
 * logged and forgotten; a file that cannot be read or does not match the expected dimension counts as absent.
 */
final class DiskVectorStore {
    private static final Logger LOG = LoggerFactory.getLogger(DiskVectorStore.class);
    private static final int MAGIC = 0x45535631;
    private static final byte DENSE = 0;
    private static final byte SPARSE = 1;

    private final Path dir;

    DiskVectorStore(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    Path directory() {
        return dir;
    }

    Path fileOf(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".vec");
    }

    float @Nullable [] read(String key, int dimension) {
        Path file = fileOf(key);
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            if (in.readInt() != MAGIC) {
                LOG.debug("ignoring {}: not a vector file", file);
                return null;
            }
            int dim = in.readInt();
            if (dim != dimension) {
                LOG.debug("ignoring {}: dimension {} where {} was expected", file, dim, dimension);
                return null;
            }
            return readBody(in, in.readByte(), dim);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.debug("ignoring unreadable vector file {}: {}", file, e.toString());
            return null;
        }
    }

    void write(String key, float[] vector) {
        Path file = fileOf(key);
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), key.substring(0, 8), ".tmp");
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw))) {
                writeBody(out, vector);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("could not store an embedding in {}: {}", file, e.toString());
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    LOG.debug("could not delete {}", tmp);
                }
            }
        }
    }

    private static float[] readBody(DataInputStream in, byte encoding, int dim) throws IOException {
        float[] v = new float[dim];
        if (encoding == DENSE) {
            for (int i = 0; i < dim; i++) {
                v[i] = in.readFloat();
            }
        } else if (encoding == SPARSE) {
            int count = in.readInt();
            for (int n = 0; n < count; n++) {
                int index = in.readInt();
                v[index] = in.readFloat();
            }
        } else {
            throw new IOException("unknown encoding " + encoding);
        }
        return v;
    }

    private static void writeBody(DataOutputStream out, float[] vector) throws IOException {
        int nonZero = 0;
        for (float x : vector) {
            if (x != 0f) {
                nonZero++;
            }
        }
        out.writeInt(MAGIC);
        out.writeInt(vector.length);
        if (nonZero <= vector.length / 4) {
            out.writeByte(SPARSE);
            out.writeInt(nonZero);
            for (int i = 0; i < vector.length; i++) {
                if (vector[i] != 0f) {
                    out.writeInt(i);
                    out.writeFloat(vector[i]);
                }
            }
        } else {
            out.writeByte(DENSE);
            for (float x : vector) {
                out.writeFloat(x);
            }
        }
    }
}
