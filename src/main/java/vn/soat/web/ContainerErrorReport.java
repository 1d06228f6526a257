package vn.soat.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;
import vn.soat.render.Json;

/**
 * Tomcat's own error page, for what Tomcat refuses before any servlet runs (an encoded {@code /} or a NUL in the
 * address, a request line over its limit): the same Vietnamese problem as the rest of the service, JSON on
 * {@code /api/**}, else a short page, instead of Tomcat's English HTML. An error Spring answered has its body
 * already, and is left alone.
 */
public class ContainerErrorReport extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        String title = status == null ? "Lỗi" : status.is5xxServerError() ? "Lỗi hệ thống" : ProblemHandler.titleOf(status);
        String detail = code == 400 ? "Địa chỉ hoặc yêu cầu không hợp lệ (ký tự không được phép trong đường dẫn, hoặc địa chỉ quá dài)."
                : status != null && status.is5xxServerError() ? "soát gặp lỗi khi xử lý yêu cầu. Hãy thử lại hoặc báo cho quản trị."
                : "Yêu cầu không hợp lệ.";
        String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
        try {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer == null) {
                return;
            }
            if (uri.startsWith("/api/")) {
                response.setContentType("application/problem+json");
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("type", "about:blank");
                problem.put("title", title);
                problem.put("status", code);
                problem.put("detail", detail);
                problem.put("instance", uri);
                writer.write(Json.MAPPER.writeValueAsString(problem));
            } else {
                response.setContentType("text/html");
                writer.write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(title, "UTF-8")
                        + " — soát</title><link rel=\"stylesheet\" href=\"/soat.css\"></head><body><main><h1>" + HtmlUtils.htmlEscape(title, "UTF-8")
                        + "</h1><p class=\"refused\" role=\"alert\">" + HtmlUtils.htmlEscape(detail, "UTF-8")
                        + "</p><p><a href=\"/\">Về trang kiểm tra</a></p></main></body></html>");
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client has gone, or the response cannot be written: nothing more to tell it
        }
    }
}
