package dev.earshot.server.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The container's error page ({@code /error}), reached when a status is set outside any door (a filter, the
 * servlet container): answers in the shape of the door the failed request's path belongs to, never an HTML page.
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ErrorPage implements ErrorController {

    private final ErrorAttributes errorAttributes;
    private final InternalErrors internalErrors;

    ErrorPage(ErrorAttributes errorAttributes, InternalErrors internalErrors) {
        this.errorAttributes = errorAttributes;
        this.internalErrors = internalErrors;
    }

    @RequestMapping("/error")
    ResponseEntity<Object> error(HttpServletRequest request) {
        String uri = attribute(request, RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        DoorShape shape = DoorShape.of(uri);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatusCode status = HttpStatusCode.valueOf(code instanceof Integer i ? i : 500);
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        if (status.is5xxServerError() && status.value() != HttpStatus.SERVICE_UNAVAILABLE.value()) {
            String id = error == null ? internalErrors.record(status) : internalErrors.record(error);
            return shape.response(status, internalErrors.message(shape, id));
        }
        return shape.response(status, FrameworkFailure.byStatus(status, request.getMethod(), uri, shape));
    }

    private static String attribute(HttpServletRequest request, String name, String otherwise) {
        Object value = request.getAttribute(name);
        return value instanceof String s ? s : otherwise;
    }
}
