package dev.earshot.engine.intel.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * E-mail addresses spoken as "john dot smith at example dot com" or "j o h n at g mail dot com". The part
 * before "at" is read backwards from "at": spelled letters, digits, "dot", "underscore" and "dash" join
 * anything; a whole word joins through one of those, or next to spelled letters or digits; a stop word or
 * a cue word ends it. The domain after "at" is labels joined by "dot" (each label spelled letters and digits,
 * optionally ending in one whole word, "g mail"); it must end in a known top-level domain, so "call you at
 * five" is no address. A local part of one plain word needs an e-mail cue before it or must be a first name.
 */
final class EmailFinder implements Finder {

    private static final Map<String, String> CONNECTORS = Map.of("dot", ".", "period", ".", "underscore", "_",
            "dash", "-", "hyphen", "-");
    private static final Set<String> TOP_LEVEL = Set.of("com", "org", "net", "edu", "gov", "mil", "int", "io",
            "co", "uk", "us", "ca", "au", "de", "fr", "es", "it", "nl", "be", "ch", "se", "no", "dk", "fi", "ie",
            "nz", "in", "jp", "cn", "br", "mx", "pl", "pt", "info", "biz", "me", "tv", "ai", "app", "dev",
            "email", "online", "xyz");
    private static final Set<String> DOTS = Set.of("dot", "period");
    private static final Set<String> NOT_LOCAL = Set.of("email", "mail", "address", "e", "at", "is", "it's", "its");
    private static final double ANNOUNCED = 0.95;
    private static final double UNANNOUNCED = 0.85;

    private final WordLists lists;

    EmailFinder(WordLists lists) {
        this.lists = lists;
    }

    @Override
    public void find(WordSequence words) {
        for (int at = 1; at < words.size(); at++) {
            if (!words.is(at, "at") || !words.free(at)) {
                continue;
            }
            int localStart = localStart(words, at);
            List<int[]> labels = domain(words, at + 1);
            if (localStart < 0 || labels.isEmpty()) {
                continue;
            }
            boolean plainWord = at - localStart == 1 && !words.isLetter(localStart)
                    && !SpokenNumbers.isNumberWord(words.text(localStart));
            boolean cued = words.cueBefore(localStart, Cues.EMAIL, Cues.REACH + 2) >= 0;
            if (plainWord && !cued && !lists.isFirstName(words.text(localStart))) {
                continue;
            }
            int end = labels.get(labels.size() - 1)[1];
            String address = spelled(words, localStart, at) + "@" + domainText(words, labels);
            words.add(PiiType.EMAIL, address, localStart, end, cued || !plainWord ? ANNOUNCED : UNANNOUNCED);
            at = end;
        }
    }

    /** First word of the local part ending right before {@code at}, or -1. */
    private int localStart(WordSequence words, int at) {
        int start = at - 1;
        if (!atom(words, start)) {
            return -1;
        }
        while (true) {
            int before = start - 1;
            if (CONNECTORS.containsKey(words.text(before)) && words.free(before) && atom(words, before - 1)) {
                start = before - 1;
            } else if (atom(words, before) && (attachable(words, before) || attachable(words, start))) {
                start = before;
            } else {
                return start;
            }
        }
    }

    /** A word that can be part of an address: letter, number word, or a plain word that is no stop or cue word. */
    private boolean atom(WordSequence words, int i) {
        if (!words.free(i)) {
            return false;
        }
        String text = words.text(i);
        if (attachable(words, i)) {
            return true;
        }
        return isWord(words, i) && !lists.isStopWord(text) && !NOT_LOCAL.contains(text);
    }

    private static boolean attachable(WordSequence words, int i) {
        return words.isLetter(i) || SpokenNumbers.isNumberWord(words.text(i));
    }

    private static boolean isWord(WordSequence words, int i) {
        String text = words.text(i);
        return !text.isEmpty() && text.chars().allMatch(c -> c >= 'a' && c <= 'z')
                && !CONNECTORS.containsKey(text) && !text.equals("at");
    }

    /** Labels after "at" as {first, last} word pairs, cut after the last known top-level domain; empty if none. */
    private List<int[]> domain(WordSequence words, int from) {
        List<int[]> labels = new ArrayList<>();
        int i = from;
        while (true) {
            int last = labelEnd(words, i);
            if (last < 0) {
                break;
            }
            labels.add(new int[] {i, last});
            if (!words.isAny(last + 1, DOTS) || !words.free(last + 1) || labelEnd(words, last + 2) < 0) {
                break;
            }
            i = last + 2;
        }
        while (labels.size() >= 2 && !TOP_LEVEL.contains(text(words, labels.get(labels.size() - 1)))) {
            labels.remove(labels.size() - 1);
        }
        return labels.size() >= 2 ? labels : List.of();
    }

    /** Last word of a domain label starting at {@code i}, or -1. */
    private int labelEnd(WordSequence words, int i) {
        int j = i;
        while (words.free(j) && (words.isLetter(j) || SpokenNumbers.digit(words.text(j)) != null
                || words.is(j, "dash") || words.is(j, "hyphen")) && !words.is(j, "at")) {
            j++;
        }
        if (words.free(j) && isWord(words, j) && !words.is(j, "and")) {
            j++;
        }
        return j > i && !words.is(j - 1, "dash") && !words.is(j - 1, "hyphen") ? j - 1 : -1;
    }

    private static String domainText(WordSequence words, List<int[]> labels) {
        List<String> parts = new ArrayList<>();
        for (int[] label : labels) {
            parts.add(text(words, label));
        }
        return String.join(".", parts);
    }

    private static String text(WordSequence words, int[] label) {
        return spelled(words, label[0], label[1] + 1);
    }

    /** Words {@code from..to-1} written as an address part: letters and words joined, digits, connectors. */
    private static String spelled(WordSequence words, int from, int to) {
        StringBuilder out = new StringBuilder();
        int i = from;
        while (i < to) {
            String text = words.text(i);
            NumberGroup group = words.isLetter(i) ? null : SpokenNumbers.groupAt(words, i);
            if (CONNECTORS.containsKey(text)) {
                out.append(CONNECTORS.get(text));
                i++;
            } else if (group != null && group.last() < to) {
                out.append(group.digits());
                i = group.last() + 1;
            } else {
                out.append(text);
                i++;
            }
        }
        return out.toString();
    }
}
