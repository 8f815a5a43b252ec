namespace ReportBuilder.Cli.Serve;

/// <summary>Watches the folders a report reads (its own with its <c>extends:</c> chain, includes and templates, the catalog,
/// the templates, the database's) and calls back once a burst of changes has settled: an editor's save is often several
/// writes.</summary>
internal sealed class PreviewWatcher : IDisposable
{
    /// <summary>How long the files must be quiet before the preview renders again.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(150);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly ITimer _timer;

    public PreviewWatcher(IEnumerable<string> folders, TimeProvider clock, Action changed)
    {
        _timer = clock.CreateTimer(_ => changed(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
            };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Files whose change says nothing about the report: SQLite's shared memory, log and journal (a read opens and
    /// removes them; new data shows once it reaches the database file), editors' swap and backup files.</summary>
    public static bool Ignored(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length == 0 || name.StartsWith('.') || name.EndsWith('~') ||
            name.EndsWith("-shm", StringComparison.Ordinal) || name.EndsWith("-wal", StringComparison.Ordinal) || name.EndsWith("-journal", StringComparison.Ordinal);
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (!Ignored(e.FullPath))
        {
            _timer.Change(Settle, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }
}
