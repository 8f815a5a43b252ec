namespace ReportBuilder.Testing;

/// <summary>One report run by the CLI on the SQLite file and on a copy of it in another source, for comparing the JSON.</summary>
internal static class SourceComparison
{
    /// <summary>The JSON of each run apart from the generation time and the source's name; both runs must succeed.</summary>
    public static async Task<(string Sqlite, string Other)> JsonOfBothAsync(string report, string sqlite, string other, string folder)
    {
        var onSqlite = await CliHarness.RunAsync("run", report, "--db", sqlite, "--as-of", "2026-11-05", "--format", "json", "--out", Path.Combine(folder, "sqlite"));
        var onOther = await CliHarness.RunAsync("run", report, "--db", other, "--as-of", "2026-11-05", "--format", "json", "--out", Path.Combine(folder, "other"));

        onSqlite.ExitCode.ShouldBe(0, onSqlite.Errors);
        onOther.ExitCode.ShouldBe(0, onOther.Errors);
        return (Json(Directory.GetFiles(Path.Combine(folder, "sqlite"), "*.json").Single()), Json(Directory.GetFiles(Path.Combine(folder, "other"), "*.json").Single()));
    }

    private static string Json(string path) =>
        string.Join("\n", File.ReadAllLines(path).Where(line => !line.TrimStart().StartsWith("\"at\":", StringComparison.Ordinal)
            && !line.TrimStart().StartsWith("\"source\":", StringComparison.Ordinal)));
}
