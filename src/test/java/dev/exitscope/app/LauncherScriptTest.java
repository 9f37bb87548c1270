package dev.exitscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code config/launcher/exitscope}, run by {@code sh} from a folder whose name has a space, with a
 * {@code JAVA_HOME} whose {@code java} prints the arguments it was given, one per line: which JVM options each kind of
 * run gets (the build runs the real JVM through the same script once per package).
 */
class LauncherScriptTest {
    @TempDir
    Path tmp;
    private Path home;
    private Path jar;
    private Path archive;

    @BeforeEach
    void install() throws IOException {
        assumeTrue(File.separatorChar == '/', "the launcher is a POSIX shell script");
        home = Files.createDirectories(tmp.resolve("install dir"));
        Files.copy(Path.of("config/launcher/exitscope"), home.resolve("exitscope"),
                StandardCopyOption.REPLACE_EXISTING);
        jar = Files.writeString(home.resolve("exitscope.jar"), "jar");
        archive = home.resolve("exitscope.jsa");
        Path bin = Files.createDirectories(tmp.resolve("jdk/bin"));
        Path java = Files.writeString(bin.resolve("java"),
                "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000_000_000L));
    }

    @Test
    void theWorkbenchGetsTheConcurrentCollector() throws Exception {
        assertEquals(List.of("-XX:+UseZGC", "-jar", jar.toString()), launch(Map.of()));
        assertEquals(List.of("-XX:+UseZGC", "-jar", jar.toString(), "gui", "a b.json"),
                launch(Map.of(), "gui", "a b.json"));
    }

    @Test
    void aCommandGetsTheFastStartingCompilerAndNoArchiveWhenThereIsNone() throws Exception {
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString(), "evaluate",
                "--policy", "deer", "my corpus.jsonl"), launch(Map.of(), "evaluate", "--policy", "deer",
                "my corpus.jsonl"));
    }

    @Test
    void anArchiveNewerThanTheJarIsUsedAndAnOlderOneIsNot() throws Exception {
        Files.writeString(archive, "jsa");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(1_000_000_060_000L));
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:SharedArchiveFile=" + archive,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", jar.toString(), "--version"),
                launch(Map.of(), "--version"));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(999_999_940_000L));
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString(), "--version"),
                launch(Map.of(), "--version"));
    }

    @Test
    void userOptionsComeAfterTheLaunchersSoTheyWin() throws Exception {
        Map<String, String> env = Map.of("EXITSCOPE_JAVA_OPTS", "-Xmx1g  -XX:TieredStopAtLevel=4");
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx1g", "-XX:TieredStopAtLevel=4",
                "-jar", jar.toString(), "policies"), launch(env, "policies"));
        assertEquals(List.of("-XX:+UseZGC", "-Xmx1g", "-XX:TieredStopAtLevel=4", "-jar", jar.toString()),
                launch(env));
    }

    @Test
    void aMissingJarIsOneLineAndStatusTwo() throws Exception {
        Files.delete(jar);
        Process p = start(Map.of(), "inspect", "x.json");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue());
        assertEquals("exitscope: " + jar + " not found (build it with: mvn -B -ntp -DskipTests package)\n", err);
    }

    private List<String> launch(Map<String, String> env, String... args) throws Exception {
        Process p = start(env, args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        return out.isEmpty() ? List.of() : List.of(out.substring(0, out.length() - 1).split("\n", -1));
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("sh", home.resolve("exitscope").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("EXITSCOPE_JAVA_OPTS");
        pb.environment().put("JAVA_HOME", tmp.resolve("jdk").toString());
        pb.environment().putAll(env);
        return pb.start();
    }
}
