package io.srconnector.persistence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Base58}: Bitcoin alphabet, Bitcoin Core's base58 encode test vectors. */
class Base58Test {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(value = {
            "'', ''",
            "61, 2g",
            "626262, a3gV",
            "636363, aPEr",
            "68656c6c6f20776f726c64, StV1DL6CwTryKyV",
            "73696d706c792061206c6f6e6720737472696e67, 2cFupjhnEsSn59qHXstmK2ffpLv2",
            "00eb15231dfceb60925886b67d065299925915aeb172c06647, 1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L",
            "516b6fcd0f, ABnLTmg",
            "bf4f89001e670274dd, 3SEo3LWLoPntC",
            "572e4794, 3EFU7m",
            "ecac89cad93923c02321, EJDM8drfXA6uyA",
            "10c8511e, Rt5zm",
            "00000000000000000000, 1111111111"
    })
    void encodesTheStandardVectors(String hex, String expected) {
        assertThat(Base58.encode(HexFormat.of().parseHex(hex))).isEqualTo(expected);
    }

    @Test
    void alphabetLeavesOutTheLookAlikes() {
        assertThat(Base58.ALPHABET).hasSize(58).doesNotContain("0", "O", "I", "l");
        assertThat(Base58.ALPHABET).matches("^[1-9A-HJ-NP-Za-km-z]+$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"StV1DL6CwTryKyV", "1", "z"})
    void recognisesBase58(String s) {
        assertThat(Base58.isBase58(s)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0abc", "abcO", "Iab", "ab l", "ab-c", "ä"})
    void rejectsNonBase58(String s) {
        assertThat(Base58.isBase58(s)).isFalse();
    }

    @Test
    void nullIsNotBase58() {
        assertThat(Base58.isBase58(null)).isFalse();
    }
}
