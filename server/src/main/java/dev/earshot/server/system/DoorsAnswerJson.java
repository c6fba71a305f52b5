package dev.earshot.server.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The doors answer JSON whatever the {@code Accept} header says, as the FastAPI and Laravel services they stand
 * in for do: a client sending {@code Accept: text/html} or {@code application/xml} gets its result, never a 406
 * after the work was done. Paths of no door (actuator) keep ordinary negotiation.
 */
@Configuration
class DoorsAnswerJson implements WebMvcConfigurer {

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.strategies(List.of(new ByDoor()));
    }

    private static final class ByDoor implements ContentNegotiationStrategy {

        private final HeaderContentNegotiationStrategy header = new HeaderContentNegotiationStrategy();

        @Override
        public List<MediaType> resolveMediaTypes(NativeWebRequest request)
                throws HttpMediaTypeNotAcceptableException {
            HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
            if (http != null && DoorShape.of(http.getRequestURI()) != DoorShape.EARSHOT) {
                return List.of(MediaType.APPLICATION_JSON, MediaType.ALL);
            }
            return header.resolveMediaTypes(request);
        }
    }
}
