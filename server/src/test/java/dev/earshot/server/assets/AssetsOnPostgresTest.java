package dev.earshot.server.assets;

import dev.earshot.server.testing.OnPostgres;

@OnPostgres
class AssetsOnPostgresTest extends AssetsContract {
}
