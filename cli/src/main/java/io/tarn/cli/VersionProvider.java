package io.tarn.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version {@code tarn --version} prints, from {@code version.properties} (filled in by the build).
 */
public final class VersionProvider
        implements IVersionProvider
{
    @Override
    public String[] getVersion()
    {
        return new String[] {"tarn " + version()};
    }

    public static String version()
    {
        try (InputStream input = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (input == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(input);
            return properties.getProperty("version", "unknown");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
