package dev.earshot.server.studio;

import dev.earshot.engine.testing.InjectedAudio;
import dev.earshot.server.support.TestAudio;

/** Generated audio as the 16-bit WAV files a client would upload. */
final class StudioWavs {

    private StudioWavs() {
    }

    static byte[] wav(InjectedAudio audio) {
        return TestAudio.wav(audio.samples(), audio.format().sampleRate(), audio.format().channels());
    }
}
