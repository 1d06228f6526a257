package vn.soat.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the container sends to {@code /error} without any controller having run (an address the firewall refuses,
 * {@code /api//x} or {@code ;jsessionid}, a TRACE): the same Vietnamese problem as every other error, instead of
 * Spring Boot's own {@code {"timestamp", "error"}} body.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ProblemHandler problems;

    ErrorPages(ProblemHandler problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.resolve(c) : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = switch (status) {
            case BAD_REQUEST -> "Địa chỉ hoặc yêu cầu không hợp lệ (đường dẫn có ký tự không được phép, như \"//\", \";\" hay \"%\").";
            case NOT_FOUND -> "Không có tài nguyên này.";
            case METHOD_NOT_ALLOWED -> "Không dùng phương thức này ở địa chỉ này.";
            default -> status.is5xxServerError()
                    ? "soát gặp lỗi khi xử lý yêu cầu; tệp của bạn không bị mất. Hãy thử lại hoặc báo cho quản trị."
                    : "Yêu cầu không hợp lệ.";
        };
        return problems.problem(status, status.is5xxServerError() ? "Lỗi hệ thống" : ProblemHandler.titleOf(status), detail, request);
    }
}
