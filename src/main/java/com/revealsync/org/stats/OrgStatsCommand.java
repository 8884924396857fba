package com.revealsync.org.stats;

import com.revealsync.cli.UserError;
import com.revealsync.org.data.OrgDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code org stats}: records per object and API calls by kind (SOAP, Bulk v1, Bulk 2.0, OAuth) of
 * the embedded org, read from a running org ({@code --url}, or the URL its data folder names) or
 * from its data folder when it is stopped.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Shows the embedded org's records per object and API calls by kind.")
public final class OrgStatsCommand implements Runnable {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./data/org",
            description = "The org's data folder (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--url", paramLabel = "URL", description = "A running org, e.g. http://127.0.0.1:9321.")
    String url;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Figures figures = url != null ? fromUrl(url).orElseThrow(() -> new UserError("no embedded org answers at " + url))
                : fromFolder();
        spec.commandLine().getOut().print(json ? JsonMapper.shared().writeValueAsString(figures.stats()) + "\n"
                : StatsReport.render(figures.stats(), figures.source()));
        spec.commandLine().getOut().flush();
    }

    private Figures fromFolder() {
        if (!Files.isDirectory(dataDir)) {
            throw new UserError("no embedded org data in " + dataDir + " (run `org serve --data " + dataDir + "` first)");
        }
        Optional<OrgStats> saved = new StatsFile(dataDir).read();
        Optional<Figures> live = saved.map(OrgStats::url).flatMap(OrgStatsCommand::fromUrl);
        if (live.isPresent()) {
            return live.get();
        }
        Map<String, Long> records = recordsOf(dataDir, saved.map(OrgStats::url).orElse(null));
        OrgStats stats = saved.orElse(new OrgStats("never", null, Map.of(), Map.of(), 0, 0, Map.of()));
        return new Figures(stats.withRecords(records), dataDir + " (stopped; API calls as the org last saved them)");
    }

    private static Map<String, Long> recordsOf(Path dataDir, String lastUrl) {
        try (OrgDatabase org = OrgDatabase.open(dataDir)) {
            return new java.util.TreeMap<>(org.recordCounts());
        } catch (IllegalStateException e) {
            throw new UserError("the org's data in " + dataDir + " is in use by a running org"
                    + (lastUrl == null ? "" : " that does not answer at " + lastUrl)
                    + "; ask it with --url or stop it first");
        }
    }

    private static Optional<Figures> fromUrl(String base) {
        String target = base.replaceAll("/+$", "") + StatsEndpoint.PATH;
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build().send(
                    HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            OrgStats stats = JsonMapper.shared().readValue(response.body(), OrgStats.class);
            return Optional.of(new Figures(stats, "running at " + stats.url()));
        } catch (IOException | IllegalArgumentException | JacksonException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private record Figures(OrgStats stats, String source) {
    }
}
