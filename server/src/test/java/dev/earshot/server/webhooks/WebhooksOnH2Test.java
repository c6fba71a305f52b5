package dev.earshot.server.webhooks;

import dev.earshot.server.testing.OnH2;

@OnH2
class WebhooksOnH2Test extends WebhooksContract {
}
