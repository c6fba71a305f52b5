package dev.earshot.server.submissions;

import dev.earshot.server.testing.OnH2;

@OnH2
class CreditsOnH2Test extends CreditsContract {
}
