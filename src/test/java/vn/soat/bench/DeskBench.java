package vn.soat.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark, not a test: against a running service, opens a round of 150 units, drops the given files
 * in one request and prints the time until every one is checked (goal ≤ 20 s for 60 mixed files), then
 * the render time of the round's board page for 150 units (goal ≤ 300 ms). Run by bench/desk.sh.
 */
public final class DeskBench {

    private static final int UNITS = 150;
    private static final HttpClient HTTP = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

    private DeskBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= UNITS; i++) {
            String code = String.format("DV%03d", i);
            codes.add("\"" + code + "\"");
            send(base, auth, "POST", "/api/v1/units", "application/json",
                    ("{\"code\": \"" + code + "\", \"name\": \"Đơn vị số " + i + "\", \"issuerNames\": [\"Ủy ban nhân dân xã số " + i
                            + "\"]}").getBytes(StandardCharsets.UTF_8));
        }
        String period = field(send(base, auth, "POST", "/api/v1/periods", "application/json", ("{\"title\": \"Đợt đo\", "
                + "\"profile\": \"doi-ngoai-nam\", \"deadline\": \"2099-12-31\", \"units\": [" + String.join(",", codes) + "]}")
                .getBytes(StandardCharsets.UTF_8)), "id");

        String boundary = "soat-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 2; i < args.length; i++) {
            Path file = Path.of(args[i]);
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(Files.readAllBytes(file));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        int files = args.length - 2;
        long start = System.nanoTime();
        send(base, auth, "POST", "/api/v1/periods/" + period + "/submissions", "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
        long stored = System.nanoTime();
        while (send(base, auth, "GET", "/api/v1/periods/" + period + "/submissions", null, null).contains("\"WAITING\"")) {
            Thread.sleep(50);
        }
        long checked = System.nanoTime();
        System.out.printf("intake of %d files: %.1f s (stored in %.1f s, then checked as jobs)   goal ≤ 20 s%n", files,
                (checked - start) / 1e9, (stored - start) / 1e9);

        // as a reviewer's browser does: signed in once, then the session (HTTP Basic would verify BCrypt every request)
        String token = field(send(base, null, "GET", "/login", null, null).replace("name=\"_csrf\" value=", "\"_csrf\": "), "_csrf");
        HttpResponse<String> signIn = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + java.net.URLEncoder.encode(args[1],
                        StandardCharsets.UTF_8) + "&_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
        if (signIn.statusCode() != 302 || signIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + signIn.statusCode());
        }
        for (String page : List.of("/desk/rounds/" + period, "/api/v1/periods/" + period + "/board")) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                long t = System.nanoTime();
                send(base, null, "GET", page, null, null);
                if (i >= 10) {
                    times.add((System.nanoTime() - t) / 1_000_000);
                }
            }
            Collections.sort(times);
            System.out.printf("board of %d units, %s, signed-in session: median %d ms, p95 %d ms   goal ≤ 300 ms%n", UNITS,
                    page.startsWith("/desk") ? "page (HTML)" : "JSON", times.get(times.size() / 2), times.get(times.size() * 95 / 100));
        }
    }

    private static String send(String base, String auth, String method, String path, String type, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
