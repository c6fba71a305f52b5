package dev.earshot.engine.language.detect;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Support-call phrases in four languages, 2 to 20 words, lower case and unpunctuated like ASR output. */
final class LanguageSamples {

    record Sample(String iso3, String text) {
    }

    static final List<Sample> ALL = List.of(
            new Sample("eng", "thank you"),
            new Sample("eng", "i need help"),
            new Sample("eng", "where is my order"),
            new Sample("eng", "the package arrived yesterday but it was damaged"),
            new Sample("eng", "i would like to speak to a manager about my bill"),
            new Sample("eng", "we have been waiting for the technician since nine in the morning and nobody called us"),
            new Sample("eng", "can you send me the report before noon"),
            new Sample("eng", "my card was charged twice for the same purchase last week"),
            new Sample("spa", "muchas gracias"),
            new Sample("spa", "necesito ayuda"),
            new Sample("spa", "dónde está mi pedido"),
            new Sample("spa", "el paquete llegó ayer pero estaba dañado"),
            new Sample("spa", "quisiera hablar con un gerente sobre mi factura"),
            new Sample("spa", "hemos estado esperando al técnico desde las nueve de la mañana y nadie nos llamó"),
            new Sample("spa", "puede enviarme el informe antes del mediodía"),
            new Sample("spa", "me cobraron dos veces la misma compra la semana pasada"),
            new Sample("fra", "merci beaucoup"),
            new Sample("fra", "j'ai besoin d'aide"),
            new Sample("fra", "où est ma commande"),
            new Sample("fra", "le colis est arrivé hier mais il était abîmé"),
            new Sample("fra", "je voudrais parler à un responsable de ma facture"),
            new Sample("fra", "nous attendons le technicien depuis neuf heures du matin et personne ne nous a appelés"),
            new Sample("fra", "pouvez vous m'envoyer le rapport avant midi"),
            new Sample("fra", "ma carte a été débitée deux fois pour le même achat la semaine dernière"),
            new Sample("deu", "vielen dank"),
            new Sample("deu", "ich brauche hilfe"),
            new Sample("deu", "wo ist meine bestellung"),
            new Sample("deu", "das paket kam gestern an aber es war beschädigt"),
            new Sample("deu", "ich möchte mit einem vorgesetzten über meine rechnung sprechen"),
            new Sample("deu", "wir warten seit neun uhr morgens auf den techniker und niemand hat uns angerufen"),
            new Sample("deu", "können sie mir den bericht vor mittag schicken"),
            new Sample("deu", "meine karte wurde letzte woche zweimal für denselben kauf belastet"));

    private LanguageSamples() {
    }

    /** How many samples {@code identifier} gets right. */
    static int correct(LanguageIdentifier identifier, Set<String> candidates) {
        return (int) ALL.stream()
                .filter(sample -> sample.iso3().equals(identifier.identify(sample.text(), candidates).iso6393()))
                .count();
    }

    /** How many are right, undetermined and wrong, without and with the four languages as candidates. */
    static String report(LanguageIdentifier identifier) {
        StringBuilder out = new StringBuilder();
        for (Set<String> candidates : List.of(Set.<String>of(), Set.of("en", "es", "fr", "de"))) {
            int right = correct(identifier, candidates);
            int undetermined = (int) ALL.stream()
                    .filter(sample -> !identifier.identify(sample.text(), candidates).determined()).count();
            out.append(String.format(Locale.ROOT, "%s%d right, %d undetermined, %d wrong of %d (candidates %s)",
                    out.length() > 0 ? "; " : "", right, undetermined, ALL.size() - right - undetermined, ALL.size(),
                    candidates.isEmpty() ? "all" : "en,es,fr,de"));
        }
        return out.toString();
    }
}
