using System.Reflection;
using System.Text.RegularExpressions;
using ReportBuilder.Cli.Hosting;

namespace ReportBuilder.Tests.Docs;

/// <summary>docs/cli.md documents the command line the code builds: every command, every option of it, every exit code;
/// and the README's table names every command. Read from the CLI's own help, so a new command or option fails here until
/// it is written down.</summary>
public sealed partial class CliDocTests
{
    private static readonly string Doc = File.ReadAllText(RepositoryFiles.PathOf("docs", "cli.md"));

    public static TheoryData<string> Commands() => [.. Help().Section("Commands:").Select(l => l.Split(' ')[0])];

    [Fact]
    public void TheCommandLine_HasCommands() => Commands().Count.ShouldBeGreaterThan(5);

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryCommand_HasASection_NamingEachOfItsOptions(string command)
    {
        var heading = $"### `reportbuilder {command}`";
        Doc.ShouldContain(heading);
        var section = Doc[Doc.IndexOf(heading, StringComparison.Ordinal)..];
        section = section[..(NextHeading().Match(section, heading.Length) is { Success: true } next ? next.Index : section.Length)];

        var everyCommands = OptionsOf(Help());
        OptionsOf(Help(command, "--help")).Except(everyCommands)
            .Where(option => !section.Contains($"`{option}", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void TheOptionsOfEveryCommand_AreDocumented()
    {
        var section = Doc[Doc.IndexOf("## Options of every command", StringComparison.Ordinal)..];

        OptionsOf(Help()).Where(option => !section.Contains($"`{option}", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void EveryExitCode_IsInTheTable()
    {
        var documented = ExitCodeRows().Matches(Doc).SelectMany(m => m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries))
            .Select(int.Parse).ToHashSet();
        var codes = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (int)f.GetValue(null)!).ToList();

        codes.ShouldNotBeEmpty();
        codes.Where(code => !documented.Contains(code)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void TheReadmesTable_NamesEveryCommand(string command) =>
        File.ReadAllText(RepositoryFiles.PathOf("README.md")).ShouldContain($"| `{command}");

    private static string[] Help(params string[] args) =>
        CliHarness.RunAsync(args.Length == 0 ? ["--help"] : args).GetAwaiter().GetResult().Output.Split('\n');

    /// <summary>The option names of a help text's "Options:" section: --db, -q, --quiet, …</summary>
    private static HashSet<string> OptionsOf(string[] help) =>
        [.. help.Section("Options:").SelectMany(l => OptionName().Matches(l.Split("  ", 2)[0]).Select(m => m.Value))];

    [GeneratedRegex(@"(?<![\w-])--?[a-z?][a-z-]*")]
    private static partial Regex OptionName();

    [GeneratedRegex(@"^#{1,3} ", RegexOptions.Multiline)]
    private static partial Regex NextHeading();

    [GeneratedRegex(@"^\| ([0-9][0-9, ]*) \|", RegexOptions.Multiline)]
    private static partial Regex ExitCodeRows();
}

internal static class HelpText
{
    /// <summary>The indented lines under a help section's title, trimmed.</summary>
    public static IEnumerable<string> Section(this string[] help, string title) =>
        help.SkipWhile(l => l.TrimEnd() != title).Skip(1).TakeWhile(l => l.Trim().Length > 0).Select(l => l.Trim());
}
