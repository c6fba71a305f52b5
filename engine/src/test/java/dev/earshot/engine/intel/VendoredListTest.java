package dev.earshot.engine.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VendoredListTest {

    @Test
    void everyVendoredListMatchesItsHash() {
        assertThat(VendoredList.lines("vader_lexicon.txt")).hasSizeGreaterThan(7000);
        assertThat(VendoredList.lines("female-first-names-en.txt")).contains("Mary").hasSizeGreaterThan(4000);
        assertThat(VendoredList.lines("male-first-names-en.txt")).contains("John").hasSizeGreaterThan(3000);
        assertThat(VendoredList.lines("stopwords-en.txt")).contains("the", "would").hasSizeGreaterThan(250);
    }

    @Test
    void anAlteredListIsRefusedNamingBothHashes() {
        assertThatThrownBy(() -> VendoredList.lines("altered-list.txt"))
                .isInstanceOf(VendoredListException.class)
                .hasMessageContaining("altered-list.txt is altered")
                .hasMessageContaining("0000000000000000");
    }

    @Test
    void aMissingListIsReportedByName() {
        assertThatThrownBy(() -> VendoredList.lines("no-such-list.txt"))
                .isInstanceOf(VendoredListException.class)
                .hasMessageContaining("no-such-list.txt is missing");
    }
}
