package dev.earshot.server.submissions;

import dev.earshot.server.testing.OnPostgres;

@OnPostgres
class CreditsOnPostgresTest extends CreditsContract {
}
