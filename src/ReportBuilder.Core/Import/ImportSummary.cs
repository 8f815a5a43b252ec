namespace ReportBuilder.Import;

/// <summary>The rows an import changed in one canonical table.</summary>
internal sealed record TableChange(string Table, long Inserted, long Updated, long Unchanged, long Removed);

/// <summary>What an import read, wrote and left out, and why: the summary <c>reportbuilder import</c> prints.</summary>
internal sealed class ImportSummary
{
    private readonly Counts _read = new();
    private readonly Counts _skipped = new();
    private readonly Counts _notes = new();

    public List<TableChange> Tables { get; } = [];

    public int Files { get; set; }

    /// <summary>What <see cref="Files"/> counts: the files read, or the pages a pull fetched.</summary>
    public string Unit { get; set; } = "file(s)";

    public IEnumerable<(string Endpoint, long Records)> Read => _read.Items;

    /// <summary>Records left out, one entry per reason.</summary>
    public IEnumerable<(string Reason, long Count)> Skipped => _skipped.Items;

    /// <summary>Records kept with a value read another way (an unknown channel stored as web), one entry per reason.</summary>
    public IEnumerable<(string Reason, long Count)> Notes => _notes.Items;

    /// <summary>Counts one record read from an endpoint's files.</summary>
    public void Count(string endpoint) => _read.Add(endpoint, 1);

    /// <summary>Counts records left out for one reason.</summary>
    public void Skip(string reason, long count = 1) => _skipped.Add(reason, count);

    /// <summary>Counts records kept but read another way than the export says, for one reason.</summary>
    public void Note(string reason, long count = 1) => _notes.Add(reason, count);

    public TableChange? Table(string name) => Tables.FirstOrDefault(t => t.Table == name);

    /// <summary>The summary as lines: what was read, each table's inserts, updates, unchanged and removed rows, then one
    /// line per reason records were left out, then one per note.</summary>
    public IEnumerable<string> Lines()
    {
        yield return $"read {Files} {Unit}: " + (Read.Any() ? string.Join(", ", Read.Select(r => $"{r.Endpoint} {r.Records:N0}")) : "no records");
        foreach (var t in Tables)
        {
            var removed = t.Removed > 0 ? $", {t.Removed:N0} removed" : "";
            yield return $"{t.Table}: {t.Inserted:N0} inserted, {t.Updated:N0} updated, {t.Unchanged:N0} unchanged{removed}";
        }

        foreach (var (reason, count) in Skipped)
        {
            yield return $"skipped {count:N0}: {reason}";
        }

        foreach (var (reason, count) in Notes)
        {
            yield return $"note {count:N0}: {reason}";
        }
    }

    /// <summary>Counts by key, in the order keys were first counted.</summary>
    private sealed class Counts
    {
        private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
        private readonly List<string> _order = [];

        public IEnumerable<(string, long)> Items => _order.Select(k => (k, _counts[k]));

        public void Add(string key, long count)
        {
            if (count <= 0)
            {
                return;
            }

            if (_counts.TryGetValue(key, out var before))
            {
                _counts[key] = before + count;
            }
            else
            {
                _counts[key] = count;
                _order.Add(key);
            }
        }
    }
}
