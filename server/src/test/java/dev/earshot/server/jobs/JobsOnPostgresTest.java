package dev.earshot.server.jobs;

import dev.earshot.server.testing.OnPostgres;

@OnPostgres
class JobsOnPostgresTest extends JobsContract {
}
