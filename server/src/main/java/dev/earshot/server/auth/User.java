package dev.earshot.server.auth;

import java.time.Instant;

public record User(String id, String email, String name, boolean admin, Instant createdAt) {
}
