package vn.soat.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark, not a test: N concurrent clients upload the given files to POST /api/v1/checks on
 * loopback for a fixed time, then throughput, p50, p99 and errors are printed. Run by bench/web-load.sh.
 */
public final class WebLoad {

    private WebLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
        Duration warmUp = Duration.ofSeconds(Long.parseLong(args[3]));
        List<byte[]> bodies = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            bodies.add(Files.readAllBytes(Path.of(args[i])));
            names.add(Path.of(args[i]).getFileName().toString());
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long end = measureFrom + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                int i = client;
                while (System.nanoTime() < end) {
                    int k = i++ % bodies.size();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<Void> response = http.send(request(base, names.get(k), bodies.get(k)),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 201) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (start >= measureFrom) {
                        latencies.add(System.nanoTime() - start);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double seconds = duration.toMillis() / 1000.0;
        System.out.printf("requests %d in %.0f s (after %d s warm-up) with %d clients: %.1f checks/s%n", sorted.size(),
                seconds, warmUp.toSeconds(), clients, sorted.size() / seconds);
        double p50 = percentile(sorted, 50);
        double p99 = percentile(sorted, 99);
        System.out.printf("latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; errors %d (including warm-up)%n", p50,
                p99, sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6, errors.get());
        // `name value goal` lines for bench/all.sh (issue 13: p99 ≤ 5 × p50, no errors)
        System.out.printf(java.util.Locale.ROOT, "load-checks-per-s %.1f -%n", sorted.size() / seconds);
        System.out.printf(java.util.Locale.ROOT, "load-p50-ms %.0f -%n", p50);
        System.out.printf(java.util.Locale.ROOT, "load-p99-ms %.0f -%n", p99);
        System.out.printf(java.util.Locale.ROOT, "load-p99-over-p50 %.2f ≤5%n", p50 == 0 ? 0 : p99 / p50);
        System.out.printf(java.util.Locale.ROOT, "load-errors %d ≤0%n", errors.get() + (sorted.isEmpty() ? 1 : 0));
    }

    private static HttpRequest request(String base, String name, byte[] content) {
        String boundary = "soat-bench";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/checks"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
