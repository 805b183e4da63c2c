package io.tarn.benchmarks.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class TestTarnServerSystem
{
    @TempDir
    Path repository;

    @Test
    void testSkippedWithoutALauncher()
            throws Exception
    {
        assertThat(TarnServerSystem.unavailableReason(repository)).hasValueSatisfying(reason -> assertThat(reason).contains("no ./tarn launcher"));
    }

    @Test
    void testSkippedWhileNoCommandIsNamedServe()
            throws Exception
    {
        Path launcher = Files.writeString(repository.resolve("tarn"), "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path commands = Files.createDirectories(repository.resolve("cli/src/main/java/io/tarn/cli"));
        Files.writeString(commands.resolve("QueryCommand.java"), "@Command(name = \"query\")\nclass QueryCommand {}\n");
        assertThat(TarnServerSystem.unavailableReason(repository)).hasValueSatisfying(reason -> assertThat(reason).contains("`tarn serve` does not exist yet"));

        // once a serve command exists, the launcher decides
        Files.writeString(commands.resolve("ServeCommand.java"), "@Command(name = \"serve\")\nclass ServeCommand {}\n");
        assertThat(TarnServerSystem.unavailableReason(repository)).isEmpty();
        Files.writeString(launcher, "#!/bin/sh\necho 'Unmatched argument at index 0: serve'\nexit 2\n");
        assertThat(TarnServerSystem.unavailableReason(repository)).hasValueSatisfying(reason -> assertThat(reason).contains("Unmatched argument"));
    }
}
