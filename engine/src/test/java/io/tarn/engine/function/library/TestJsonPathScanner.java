package io.tarn.engine.function.library;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The byte scanner must give Jackson's answer (Trino's parser) whenever it answers at all: checked on
 * documents with every kind of value and on every truncation and single-byte corruption of them.
 */
class TestJsonPathScanner
{
    private static final List<String> DOCUMENTS = List.of(
            "{\"eventName\":\"GetObject\",\"userIdentity\":{\"type\":\"IAMUser\",\"arn\":\"arn:aws:iam::1:user/a\"},\"n\":-12.5e+3,\"t\":true,\"z\":null}",
            "{\"a\":[1,[2,3],{\"b\":\"x\\\"y\"}],\"c\":\"h\u00e9\",\"d\":{},\"e\":[],\"f\":0,\"g\":false}",
            "  {\"k\" : \"v\" , \"k\" : \"w\", \"1\": \"one\", \"x:y\": \"colon\"}  ",
            "[\"first\", {\"a\": \"in array\"}, 2, [3, [4]]]",
            "{\"esc\":\"tab\\there\",\"u\":\"\\u00e9\",\"s\":\"/\\/\",\"deep\":{\"a\":{\"b\":{\"c\":{\"d\":\"bottom\"}}}}}",
            "\"root string\"",
            "-0",
            "{\"a\":1x}",
            "{\"a\":01}",
            "{\"a\":tru}",
            "{\"a\":[1,],\"b\":2}");
    private static final List<String> PATHS = List.of(
            "$", "$.eventName", "$.userIdentity.type", "$.userIdentity", "$.n", "$.t", "$.z", "$.nosuch", "$.a", "$.a[0]",
            "$.a[1][1]", "$.a[2].b", "$.c", "$.f", "$.g", "$.k", "$[1]", "$.1", "$.x:y", "$[0]", "$[1].a", "$[3][1][0]",
            "$.esc", "$.u", "$.s", "$.deep.a.b.c.d", "$.b", "$.e[0]");
    private static final byte[] CORRUPTIONS = "\"\\{}[],:0-e\u0000".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void testScannerAgreesWithJackson()
    {
        for (byte[] document : variants()) {
            for (String text : PATHS) {
                JsonPath path = JsonPath.parse(text);
                long found = path.scanner().scalar(document, 0, document.length);
                if (found == JsonPathScanner.FALLBACK) {
                    continue;
                }
                String scanned = found == JsonPathScanner.NULL ? null
                        : new String(document, JsonPathScanner.start(found), JsonPathScanner.end(found) - JsonPathScanner.start(found), StandardCharsets.UTF_8);
                assertThat(scanned)
                        .as("%s on %s", text, new String(document, StandardCharsets.UTF_8))
                        .isEqualTo(JsonFunctions.scalarWithParser(document, path));
            }
        }
    }

    @Test
    void testScannerAnswersPlainDocuments()
    {
        byte[] document = DOCUMENTS.get(0).getBytes(StandardCharsets.UTF_8);
        long found = JsonPath.parse("$.userIdentity.arn").scanner().scalar(document, 0, document.length);
        assertThat(found).isNotNegative();
        assertThat(new String(document, JsonPathScanner.start(found), JsonPathScanner.end(found) - JsonPathScanner.start(found), StandardCharsets.UTF_8))
                .isEqualTo("arn:aws:iam::1:user/a");
        // Escapes and non-ASCII text in the way are checked, not sent to the parser.
        byte[] second = DOCUMENTS.get(4).getBytes(StandardCharsets.UTF_8);
        assertThat(JsonPath.parse("$.deep.a.b.c.d").scanner().scalar(second, 0, second.length)).isNotNegative();
        assertThat(JsonPath.parse("$.nosuch").scanner().scalar(second, 0, second.length)).isEqualTo(JsonPathScanner.NULL);
        // The selected string has an escape: the parser decodes it.
        assertThat(JsonPath.parse("$.esc").scanner().scalar(second, 0, second.length)).isEqualTo(JsonPathScanner.FALLBACK);
    }

    private static List<byte[]> variants()
    {
        List<byte[]> variants = new ArrayList<>();
        for (String text : DOCUMENTS) {
            byte[] document = text.getBytes(StandardCharsets.UTF_8);
            variants.add(document);
            for (int length = 0; length < document.length; length++) {
                variants.add(java.util.Arrays.copyOf(document, length));
            }
            for (int position = 0; position < document.length; position++) {
                for (byte corruption : CORRUPTIONS) {
                    byte[] corrupted = document.clone();
                    corrupted[position] = corruption;
                    variants.add(corrupted);
                }
            }
        }
        return variants;
    }
}
