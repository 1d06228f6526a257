package vn.soat.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.soat.render.Json;

/**
 * 401 and 403 as RFC 9457 problems in Vietnamese: JSON on {@code /api/**} (with a Basic challenge on
 * 401), the problem page elsewhere. Written here because they are decided before any controller runs.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ITemplateEngine templates;

    ProblemResponses(ITemplateEngine templates) {
        this.templates = templates;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"soat\", charset=\"UTF-8\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "Cần đăng nhập",
                "Địa chỉ này dành cho cán bộ tiếp nhận đã đăng nhập (phiên đăng nhập hoặc HTTP Basic).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Không có quyền",
                "Tài khoản của bạn không có quyền làm việc này, hoặc biểu mẫu đã hết hạn: hãy tải lại trang.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("type", "about:blank");
            body.put("title", title);
            body.put("status", status.value());
            body.put("detail", detail);
            body.put("instance", request.getRequestURI());
            response.getWriter().write(Json.MAPPER.writeValueAsString(body));
        } else {
            Context context = new Context(Locale.forLanguageTag("vi"));
            context.setVariable("problem", problem);
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write(templates.process("problem", context));
        }
    }
}
