package dev.earshot.engine.language.llm;

/**
 * One message of a chat-completions request.
 *
 * @param role    {@code system}, {@code user} or {@code assistant}
 * @param content the text; not null
 */
public record ChatMessage(String role, String content) {

    public ChatMessage {
        if (role == null || role.isBlank() || content == null) {
            throw new IllegalArgumentException("a chat message needs a role and content");
        }
    }

    /** An instruction to the model. */
    public static ChatMessage system(String content) {
        return new ChatMessage("system", content);
    }

    /** What the user says: here, the text to work on. */
    public static ChatMessage user(String content) {
        return new ChatMessage("user", content);
    }
}
