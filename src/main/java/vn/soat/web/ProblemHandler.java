package vn.soat.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.soat.config.SoatSettings;
import vn.soat.profile.UnknownProfileException;
import vn.soat.request.UnreadableLetterException;

/**
 * Every error of the API as an RFC 9457 problem ({@code application/problem+json}) in
 * Vietnamese; never a stack trace, whatever the input. Global, because an oversized upload fails
 * before any controller is chosen; people on the page get the same answer as an HTML page.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
    private final SoatSettings properties;
    private final ITemplateEngine templates;

    ProblemHandler(SoatSettings properties, ITemplateEngine templates) {
        this.properties = properties;
        this.templates = templates;
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    ResponseEntity<?> missingFile(Exception e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Thiếu tệp", "Hãy gửi tệp cần kiểm tra trong trường multipart \"file\".", request);
    }

    @ExceptionHandler(UnknownProfileException.class)
    ResponseEntity<?> unknownProfile(UnknownProfileException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Mẫu đề cương không tồn tại", capitalise(e.getMessage()) + ".", request);
    }

    @ExceptionHandler(UnreadableLetterException.class)
    ResponseEntity<?> unreadableLetter(UnreadableLetterException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Không đọc được công văn yêu cầu", capitalise(e.getMessage()) + ".", request);
    }

    @ExceptionHandler(java.time.format.DateTimeParseException.class)
    ResponseEntity<?> badDeadline(java.time.format.DateTimeParseException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Hạn gửi không hợp lệ",
                "Hạn gửi phải có dạng YYYY-MM-DD (ví dụ 2026-06-18), không phải \"" + e.getParsedString() + "\".", request);
    }

    /**
     * Spring reports every limit of a multipart upload as "too large"; Tomcat's cause says which one. A part's header
     * over its limit is a file name too long (a limit far below the file size), not a file over the size limit.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<?> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileCountLimitExceededException) {
                return problem(HttpStatus.CONTENT_TOO_LARGE, "Quá nhiều tệp",
                        "Quá nhiều tệp trong một lần gửi: hãy chia thành nhiều lần gửi.", request);
            }
            if (cause instanceof SizeLimitExceededException limit) {
                return limit.getPermittedSize() < properties.maxUploadSize().toBytes()
                        ? problem(HttpStatus.BAD_REQUEST, "Tên tệp quá dài", "Tên tệp hoặc phần đầu của một phần multipart dài quá "
                                + limit.getPermittedSize() + " byte: hãy đặt tên tệp ngắn hơn.", request)
                        : problem(HttpStatus.CONTENT_TOO_LARGE, "Quá nhiều dữ liệu", "Các tệp gửi một lần vượt quá giới hạn "
                                + limit.getPermittedSize() / (1024 * 1024) + " MB: hãy chia thành nhiều lần gửi.", request);
            }
        }
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Tệp quá lớn",
                "Tệp vượt quá giới hạn " + properties.maxUploadSize().toMegabytes() + " MB.", request);
    }

    /** The API answers JSON only; a client that accepts only something else (an HTML page, XML) is told so. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<?> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_ACCEPTABLE, "Không có dạng trả lời này",
                "Địa chỉ này trả lời bằng JSON (application/json): hãy gửi Accept: application/json hoặc bỏ tiêu đề Accept.", request);
    }

    @ExceptionHandler({MultipartException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<?> notMultipart(Exception e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ",
                "Hãy gửi tệp dưới dạng multipart/form-data, trường \"file\".", request);
    }

    @ExceptionHandler(UnsupportedContentException.class)
    ResponseEntity<?> unsupported(UnsupportedContentException e, HttpServletRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Định dạng không được hỗ trợ", e.getMessage(), request);
    }

    @ExceptionHandler({CheckNotFoundException.class, NoResourceFoundException.class})
    ResponseEntity<?> notFound(Exception e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "Không tìm thấy", e instanceof CheckNotFoundException ? e.getMessage()
                : "Không có tài nguyên này.", request);
    }

    /** A problem a controller raised itself (desk validation, not found, conflict): its status and detail as given. */
    @ExceptionHandler(org.springframework.web.ErrorResponseException.class)
    ResponseEntity<?> raised(org.springframework.web.ErrorResponseException e, HttpServletRequest request) {
        String detail = e.getBody().getDetail() == null ? "Yêu cầu không hợp lệ." : e.getBody().getDetail();
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        return problem(e.getStatusCode(), status == null ? "Lỗi" : titleOf(status), detail, request);
    }

    @ExceptionHandler({org.springframework.http.converter.HttpMessageNotReadableException.class,
        org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class})
    ResponseEntity<?> unreadable(Exception e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ",
                "Không đọc được nội dung yêu cầu: hãy gửi JSON đúng các trường mô tả trong /v3/api-docs.", request);
    }

    static String titleOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Không tìm thấy";
            case CONFLICT -> "Đã có";
            case FORBIDDEN -> "Không có quyền";
            case UNSUPPORTED_MEDIA_TYPE -> "Định dạng không được hỗ trợ";
            case UNPROCESSABLE_CONTENT -> "Không xử lý được tệp";
            case METHOD_NOT_ALLOWED -> "Phương thức không được hỗ trợ";
            case UNAUTHORIZED -> "Cần đăng nhập";
            default -> "Yêu cầu không hợp lệ";
        };
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<?> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "Phương thức không được hỗ trợ", "Không dùng " + e.getMethod()
                + " ở địa chỉ này.", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<?> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("Unexpected error on {}", request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Lỗi hệ thống",
                "soát gặp lỗi khi xử lý yêu cầu; tệp của bạn không bị mất. Hãy thử lại hoặc báo cho quản trị.", request);
    }

    ResponseEntity<?> problem(HttpStatusCode status, String title, String detail, HttpServletRequest request) {
        // on the error dispatch (ErrorPages) the address asked for is an attribute; the request's own is /error
        Object asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = asked instanceof String address ? address : request.getRequestURI();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(uri));
        if (!uri.startsWith("/api/")) {
            Context context = new Context(java.util.Locale.forLanguageTag("vi"));
            context.setVariable("problem", problem);
            return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                    .body(templates.process("problem", context));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
