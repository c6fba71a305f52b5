package dev.earshot.server.auth;

import dev.earshot.server.testing.OnPostgres;

@OnPostgres
class AuthOnPostgresTest extends AuthContract {
}
