package dev.earshot.engine.language.translate;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which Debian package holds the Apertium data for a pair of languages (Debian 12/13 archive, checked here with
 * {@code apt-cache search apertium}). A package named after a pair usually translates both ways, some only one.
 */
final class ApertiumPackages {

    private static final Set<String> THREE_LETTER = Set.of(
            "afr-nld", "arg-cat", "bel-rus", "cat-ita", "cat-srd", "dan-nor", "eng-cat", "eng-spa", "fra-cat",
            "fra-frp", "hbs-eng", "hbs-mkd", "hbs-slv", "ind-zlm", "isl-eng", "isl-swe", "mkd-bul", "mkd-eng",
            "nno-nob", "oci-fra", "pol-szl", "por-cat", "rus-ukr", "spa-arg", "spa-ast", "spa-cat", "spa-ita",
            "srd-ita", "swe-dan", "swe-nor", "urd-hin");
    /** Packages still named with 2-letter codes, by their pair in 3-letter codes. */
    private static final Map<String, String> TWO_LETTER = Map.ofEntries(
            Map.entry("bre-fra", "br-fr"), Map.entry("eng-glg", "en-gl"), Map.entry("epo-cat", "eo-ca"),
            Map.entry("epo-eng", "eo-en"), Map.entry("epo-spa", "eo-es"), Map.entry("epo-fra", "eo-fr"),
            Map.entry("spa-glg", "es-gl"), Map.entry("spa-por", "es-pt"), Map.entry("spa-ron", "es-ro"),
            Map.entry("eus-eng", "eu-en"), Map.entry("eus-spa", "eu-es"), Map.entry("fra-spa", "fr-es"),
            Map.entry("oci-cat", "oc-ca"), Map.entry("oci-spa", "oc-es"), Map.entry("por-glg", "pt-gl"));

    private ApertiumPackages() {
    }

    /** The Debian package with data for {@code source} and {@code target} (ISO 639-3), in either order. */
    static Optional<String> forPair(String source, String target) {
        for (String pair : new String[] {source + "-" + target, target + "-" + source}) {
            if (THREE_LETTER.contains(pair)) {
                return Optional.of("apertium-" + pair);
            }
            if (TWO_LETTER.containsKey(pair)) {
                return Optional.of("apertium-" + TWO_LETTER.get(pair));
            }
        }
        return Optional.empty();
    }
}
