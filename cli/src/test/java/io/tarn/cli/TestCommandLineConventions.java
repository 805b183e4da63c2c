package io.tarn.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every command of {@code tarn} offers: examples in its {@code --help}, and, for those that print a
 * result, {@code --output json} for scripts.
 */
public class TestCommandLineConventions
{
    @Test
    public void testEveryCommandsHelpShowsExamplesOfItself()
    {
        List<CommandLine> commands = allCommands();
        // The root, the groups (eds, queries, saved, samples) and their subcommands
        assertThat(commands).hasSizeGreaterThan(30);
        for (CommandLine command : commands) {
            TarnRunner.Result help = run(path(command), "--help");
            assertThat(help.status()).as(command.getCommandSpec().qualifiedName()).isZero();
            String usage = help.out();
            assertThat(usage).as(command.getCommandSpec().qualifiedName()).contains("\nExamples:\n");
            String examples = usage.substring(usage.indexOf("\nExamples:\n"));
            String invocation = String.join(" ", path(command));
            assertThat(examples).as("examples of tarn " + invocation).containsPattern("(?m)^ +.*\\btarn( --lake \\S+)? " + invocation.replace(" ", "\\s+") + "\\b");
        }
    }

    @Test
    public void testEveryCommandThatPrintsHasJsonOutput()
    {
        for (CommandLine command : allCommands()) {
            if (command.getCommandSpec().userObject() instanceof CommandGroup || command.getParent() == null) {
                continue;
            }
            CommandLine.Model.OptionSpec output = command.getCommandSpec().findOption("--output");
            assertThat(output).as("tarn " + String.join(" ", path(command)) + " --output").isNotNull();
            TarnRunner.Result help = run(path(command), "--help");
            assertThat(help.out()).as("tarn " + String.join(" ", path(command)) + " --help").containsPattern("--output=\\S+[^\\n]*\\n?[^\\n]*json");
        }
    }

    private static TarnRunner.Result run(List<String> path, String... more)
    {
        List<String> arguments = new ArrayList<>(path);
        arguments.addAll(List.of(more));
        return new TarnRunner(Map.of(), Clock.systemUTC()).run(arguments.toArray(String[]::new));
    }

    private static List<CommandLine> allCommands()
    {
        List<CommandLine> commands = new ArrayList<>();
        collect(new TarnCli(Map.of(), Clock.systemUTC()).completeCommandLine(), commands);
        return commands;
    }

    private static void collect(CommandLine command, List<CommandLine> commands)
    {
        commands.add(command);
        for (CommandLine subcommand : command.getSubcommands().values()) {
            if (!subcommand.getCommandName().equals(command.getCommandName()) && !commands.contains(subcommand)) {
                collect(subcommand, commands);
            }
        }
    }

    /**
     * The words that name the command after {@code tarn}: {@code eds list}.
     */
    private static List<String> path(CommandLine command)
    {
        List<String> words = new ArrayList<>();
        for (CommandLine current = command; current.getParent() != null; current = current.getParent()) {
            words.add(0, current.getCommandName());
        }
        return words;
    }
}
