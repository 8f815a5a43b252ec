using System.CommandLine;
using ReportBuilder.Definitions;
using ReportBuilder.Rendering.Pdf;
using ReportBuilder.Rendering.Pipeline;

namespace ReportBuilder.Cli.Hosting;

/// <summary>What the program takes from its process: the clock, the installation folder (<c>configs/</c>, <c>templates/</c>)
/// and the environment variables. Only the entry point (<c>Program.cs</c>) reads them; everything below is given them.</summary>
/// <param name="Variable">An environment variable's value, or null.</param>
internal sealed record ProcessInputs(TimeProvider Clock, string BaseDirectory, Func<string, string?> Variable)
{
    /// <summary>Ends the process at once with an exit code (<see cref="Environment.Exit"/>), for work that does not stop
    /// within <see cref="Interruption.Grace"/> of a signal; null in-process (tests), where the work is left to stop.</summary>
    public Action<int>? Exit { get; init; }
}

/// <summary>The environment of one command line: the process's inputs, the command's browser and its <c>--allow-dir</c>.</summary>
internal sealed class CommandEnvironment(ProcessInputs process, BrowserSession browser)
{
    public TimeProvider Clock => process.Clock;

    /// <summary>The installation folder, which the catalog's paths are shown relative to.</summary>
    public string BaseDirectory => process.BaseDirectory;

    /// <summary>An environment variable's value, or null.</summary>
    public string? Variable(string name) => process.Variable(name);

    /// <summary>The report environment of the parsed command line.</summary>
    public ReportEnvironment For(ParseResult parsed) => ReportEnvironment.Installed(process.BaseDirectory, process.Clock) with
    {
        AllowedDirectories = parsed.GetValue(GlobalOptions.AllowDir) ?? [],
        Browser = ChromiumOptions.From(Variable(ChromiumOptions.PathVariable)),
        BrowserSession = browser,
        PostgresPassword = Variable(PostgresLocation.PasswordVariable),
    };

    /// <summary>The pipeline of the parsed command line.</summary>
    public ReportPipeline Pipeline(ParseResult parsed) => new(For(parsed));
}
