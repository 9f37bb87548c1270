package dev.exitscope.inference.embed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * A short identity for a model and its tokenizer, part of an embedder's cache id: SHA-256 over the model's size,
 * its first and last 4 MiB, and the whole tokenizer file, first 16 hex digits. Hashing a multi-gigabyte model in
 * full would slow every start; two exports that differ only in the middle of their weights would collide, which
 * real exports (with their graph at the start and initialisers at the end) do not. The same bytes give the same
 * fingerprint whether read from a file or from memory. Stateless.
 */
final class ModelFingerprint {
    private static final int EDGE = 4 << 20;

    private ModelFingerprint() {
    }

    static String of(byte[] model, byte[] tokenizer) {
        MessageDigest sha = sha256();
        sha.update(ByteBuffer.allocate(8).putLong(model.length).array());
        int head = Math.min(EDGE, model.length);
        sha.update(model, 0, head);
        int tail = Math.min(EDGE, model.length);
        sha.update(model, model.length - tail, tail);
        return hex(sha.digest(tokenizer));
    }

    static String of(Path model, Path tokenizer) throws IOException {
        MessageDigest sha = sha256();
        try (FileChannel ch = FileChannel.open(model, StandardOpenOption.READ)) {
            long size = ch.size();
            sha.update(ByteBuffer.allocate(8).putLong(size).array());
            int head = (int) Math.min(EDGE, size);
            sha.update(readFully(ch, 0, head));
            sha.update(readFully(ch, size - head, head));
        }
        return hex(sha.digest(Files.readAllBytes(tokenizer)));
    }

    private static byte[] readFully(FileChannel ch, long position, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            if (ch.read(buf, position + buf.position()) < 0) {
                throw new IOException("file shorter than expected");
            }
        }
        return buf.array();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static String hex(byte[] digest) {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 8; i++) {
            sb.append(String.format(Locale.ROOT, "%02x", digest[i]));
        }
        return sb.toString();
    }
}
