package dev.earshot.server.auth;

import dev.earshot.server.testing.OnH2;

@OnH2
class AuthOnH2Test extends AuthContract {
}
