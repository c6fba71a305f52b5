package dev.earshot.server.assets;

import dev.earshot.server.testing.OnH2;

@OnH2
class AssetsOnH2Test extends AssetsContract {
}
