using System.CommandLine;

namespace ReportBuilder.Cli.Hosting;

/// <summary>The options every command takes (recursive on the root command).</summary>
internal static class GlobalOptions
{
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Show stack traces for unexpected errors", Recursive = true };

    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Show no progress on standard error (none is shown when it is not a terminal)", Recursive = true };

    public static readonly Option<string[]> AllowDir = new("--allow-dir")
    {
        Description = "Let definitions read templates, models and includes from this folder too (repeatable)",
        Recursive = true,
    };
}
