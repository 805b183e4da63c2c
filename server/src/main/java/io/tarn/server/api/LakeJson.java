package io.tarn.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The JSON conventions of Lake's API, shared by the server's responses and the command line's
 * {@code --output json}: field names as Lake spells them ({@code EventDataStoreArn}) and times as Lake
 * writes them, ISO-8601 in UTC with microseconds and offset ({@code 2023-11-09T22:19:39.417000+00:00}).
 */
public final class LakeJson
{
    public static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx", Locale.ROOT).withZone(ZoneOffset.UTC);

    private LakeJson() {}

    public static String time(Instant instant)
    {
        return TIME.format(instant);
    }
}
