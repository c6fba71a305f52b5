package dev.earshot.server.webhooks;

import dev.earshot.server.testing.OnPostgres;

@OnPostgres
class WebhooksOnPostgresTest extends WebhooksContract {
}
