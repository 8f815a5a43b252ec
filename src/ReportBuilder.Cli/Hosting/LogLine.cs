using System.Globalization;
using Spectre.Console;

namespace ReportBuilder.Cli.Hosting;

/// <summary>The log lines of <c>run-due</c> and <c>daemon</c>: one line each, never wrapped, starting with an ISO-8601 UTC
/// timestamp, so <c>grep</c> finds whole records in a cron log.</summary>
internal static class LogLine
{
    public static void Write(IAnsiConsole output, TimeProvider clock, string text)
    {
        var at = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        output.Profile.Out.Writer.WriteLine($"{at} {text.ReplaceLineEndings(" ")}");
    }
}
