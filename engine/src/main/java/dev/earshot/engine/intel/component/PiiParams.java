package dev.earshot.engine.intel.component;

import dev.earshot.engine.intel.pii.PiiEntity;
import dev.earshot.engine.intel.pii.PiiType;
import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.speech.component.LanguageParam;
import java.util.Arrays;
import java.util.List;

/**
 * Params of {@code detect_pii} (unknown keys are rejected), also read by {@code redact_pii}.
 *
 * @param language spoken language (see {@link LanguageParam})
 * @param types    {@code types}: the kinds of data to find, a non-empty list of {@code PERSON}, {@code PHONE},
 *                 {@code EMAIL}, {@code CREDIT_CARD}, {@code SSN}, {@code DATE_OF_BIRTH}, {@code ADDRESS},
 *                 {@code ACCOUNT_NUMBER}; default all
 */
record PiiParams(String language, List<PiiType> types) {

    static final List<String> TYPE_NAMES = Arrays.stream(PiiType.values()).map(Enum::name).toList();

    static PiiParams read(ParamReader reader) {
        PiiParams params = readShared(reader);
        reader.rejectUnknownKeys();
        return params;
    }

    /** The params {@code redact_pii} shares, without rejecting the keys it adds. */
    static PiiParams readShared(ParamReader reader) {
        String language = LanguageParam.read(reader);
        List<String> types = reader.choices("types", TYPE_NAMES, TYPE_NAMES);
        return new PiiParams(language, types.stream().map(PiiType::valueOf).toList());
    }

    /** The entities of the asked-for types. */
    List<PiiEntity> keep(List<PiiEntity> found) {
        return found.stream().filter(entity -> types.contains(entity.type())).toList();
    }
}
