package com.revealsync.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * Starts the application in a separate {@code java} process on the build's classpath (the main
 * classes and dependencies, without the test classes), as {@code java -jar target/reveal-sync.jar}
 * would run it.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static ProcessBuilder app(List<String> systemProperties, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-cp", classpath()));
        systemProperties.forEach(property -> command.add("-D" + property));
        command.add("com.revealsync.RevealSyncApplication");
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** This JVM's classpath, expanded from surefire's manifest-only jar, less test classes and test tooling. */
    static String classpath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("surefirebooter") && entry.endsWith(".jar")) {
                entries.addAll(manifestClassPath(entry));
            } else {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries.stream()
                .filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes/") && !e.contains("surefire"))
                .toList());
    }

    private static List<String> manifestClassPath(String jar) {
        try (JarFile file = new JarFile(jar)) {
            String classPath = file.getManifest().getMainAttributes().getValue("Class-Path");
            List<String> entries = new ArrayList<>();
            for (String url : classPath.trim().split("\\s+")) {
                URI uri = url.contains(":") ? URI.create(url) : Path.of(jar).getParent().toUri().resolve(url);
                entries.add(Path.of(uri).toString());
            }
            return entries;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the classpath of " + jar, e);
        }
    }
}
