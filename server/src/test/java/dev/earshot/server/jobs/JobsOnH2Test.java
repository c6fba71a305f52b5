package dev.earshot.server.jobs;

import dev.earshot.server.testing.OnH2;

@OnH2
class JobsOnH2Test extends JobsContract {
}
