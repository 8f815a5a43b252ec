using ReportBuilder.Cli.Hosting;

namespace ReportBuilder.Testing;

/// <summary>The part of <see cref="TestEnvironment"/> that needs the command line (compiled into ReportBuilder.Cli.Tests only).</summary>
internal static partial class TestEnvironment
{
    /// <summary>What the program's entry point passes the command line: this process's environment variables.</summary>
    public static ProcessInputs Process(TimeProvider clock) => new(clock, AppContext.BaseDirectory, Environment.GetEnvironmentVariable);
}
