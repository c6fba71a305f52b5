package dev.earshot.server.submissions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Laravel's {@code ValidatePostSize} global middleware: a request whose declared length is over the largest body
 * the server takes is refused (413 "The POST data is too large.") before the key is looked at or counted. A body
 * sent without a length is still refused once its multipart parts are read.
 */
final class PostSizeLimit implements HandlerInterceptor {

    private final long maxBytes;

    PostSizeLimit(DataSize maxRequestSize) {
        this.maxBytes = maxRequestSize.toBytes();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod && maxBytes >= 0 && request.getContentLengthLong() > maxBytes) {
            throw new MaxUploadSizeExceededException(maxBytes);
        }
        return true;
    }
}
