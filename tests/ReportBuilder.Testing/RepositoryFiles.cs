namespace ReportBuilder.Testing;

/// <summary>Finds files of this repository from the test binaries, so tests read the examples and cases a user's clone has.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportBuilder.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no ReportBuilder.sln above {AppContext.BaseDirectory}");
    }
}
