package dev.earshot.engine.language.summary;

import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds transcripts as a recognizer would give them: each word 0.3 s long, 0.1 s between words, and a chosen
 * pause before each new phrase; remembers who said each word.
 */
final class Talk {

    private final List<Word> words = new ArrayList<>();
    private final Map<Word, String> speakers = new HashMap<>();
    private double time = 0.5;

    /** Adds {@code text} after a pause of {@code pauseSeconds}, said by {@code speaker} (may be null). */
    Talk say(double pauseSeconds, String speaker, String text) {
        time += words.isEmpty() ? 0 : pauseSeconds - 0.1;
        for (String token : text.split(" ")) {
            Word word = new Word(token, round(time), round(time + 0.3), 0.9);
            words.add(word);
            speakers.put(word, speaker);
            time += 0.4;
        }
        return this;
    }

    /** Adds {@code text} after a 1 s pause (a new utterance), without a speaker. */
    Talk say(String text) {
        return say(1.0, null, text);
    }

    Transcript transcript() {
        return Transcript.of(words, "en");
    }

    String speakerOf(Word word) {
        return speakers.get(word);
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    /** A support call about a dropping internet connection, with one aside about a refund. */
    static Talk supportCall() {
        return new Talk()
                .say("hello thank you for calling acme support my name is anna")
                .say("hi i am calling because my internet connection keeps dropping every evening")
                .say("i see let me check your internet connection from here")
                .say("the connection drops because the router firmware is out of date")
                .say("can you update the router firmware remotely")
                .say("yes i will update the firmware now and restart the router")
                .say("the router is restarting your internet connection should be stable now")
                .say("also i was charged twice on my last bill and i want a refund")
                .say("okay thanks")
                .say("you are welcome have a nice day");
    }
}
