package io.tarn.engine.service;

import io.tarn.error.TarnException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;

import static io.tarn.engine.service.QueryErrorCode.INVALID_NEXT_TOKEN;

/**
 * The opaque {@code NextToken}s of GetQueryResults and ListQueries. A result token carries the row number and
 * byte position where the next page starts, so a page is read without scanning earlier rows; a list token
 * carries the creation time and id of the last query listed, so pages stay stable while queries start. Both
 * carry a checksum bound to what they page (the query id, the store), so a token of another query or a
 * mangled token is refused with {@code InvalidNextTokenException} rather than misread.
 */
final class PageTokens
{
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private PageTokens() {}

    static String resultToken(String queryId, ResultProgress position)
    {
        return encode(queryId, "r", position.rows() + ":" + position.bytes());
    }

    static ResultProgress parseResultToken(String queryId, String token)
    {
        List<String> parts = decode(queryId, "r", token);
        try {
            ResultProgress position = new ResultProgress(Long.parseLong(parts.get(0)), Long.parseLong(parts.get(1)));
            if (position.rows() < 0 || position.bytes() < 0) {
                throw invalid(token);
            }
            return position;
        }
        catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw invalid(token);
        }
    }

    record ListPosition(Instant creationTime, String queryId) {}

    static String listToken(String storeId, ListPosition position)
    {
        return encode(storeId, "l", position.creationTime().toEpochMilli() + ":" + position.queryId());
    }

    static ListPosition parseListToken(String storeId, String token)
    {
        List<String> parts = decode(storeId, "l", token);
        try {
            return new ListPosition(Instant.ofEpochMilli(Long.parseLong(parts.get(0))), parts.get(1));
        }
        catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw invalid(token);
        }
    }

    private static String encode(String scope, String kind, String payload)
    {
        String body = kind + ":" + payload;
        return ENCODER.encodeToString((body + ":" + checksum(scope, body)).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> decode(String scope, String kind, String token)
    {
        String text;
        try {
            text = new String(DECODER.decode(token), StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException e) {
            throw invalid(token);
        }
        int last = text.lastIndexOf(':');
        if (last < 0 || !text.startsWith(kind + ":")) {
            throw invalid(token);
        }
        String body = text.substring(0, last);
        if (!text.substring(last + 1).equals(checksum(scope, body))) {
            throw invalid(token);
        }
        return List.of(body.substring(kind.length() + 1).split(":", -1));
    }

    private static String checksum(String scope, String body)
    {
        CRC32 crc = new CRC32();
        crc.update((scope + "/" + body).getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    private static TarnException invalid(String token)
    {
        return new TarnException(INVALID_NEXT_TOKEN, "Invalid NextToken '" + token + "'");
    }
}
