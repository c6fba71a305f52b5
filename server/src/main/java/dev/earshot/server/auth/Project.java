package dev.earshot.server.auth;

public record Project(String id, String name) {
}
