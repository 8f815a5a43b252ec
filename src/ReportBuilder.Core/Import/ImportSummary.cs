namespace ReportBuilder.Import;

/// <summary>The rows an import changed in one canonical table.</summary>
internal sealed record TableChange(string Table, long Inserted, long Updated, long Unchanged, long Removed);

/// <summary>What an import read, wrote and left out, and why: the summary <c>reportbuilder import</c> prints.</summary>
internal sealed class ImportSummary
{
    private readonly Dictionary<string, long> _read = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _skipped = new(StringComparer.Ordinal);
    private readonly List<string> _readOrder = [];
    private readonly List<string> _skipOrder = [];

    public List<TableChange> Tables { get; } = [];

    public int Files { get; set; }

    public IEnumerable<(string Endpoint, long Records)> Read => _readOrder.Select(e => (e, _read[e]));

    public IEnumerable<(string Reason, long Count)> Skipped => _skipOrder.Select(r => (r, _skipped[r]));

    /// <summary>Counts one record read from an endpoint's files.</summary>
    public void Count(string endpoint)
    {
        if (!_read.TryAdd(endpoint, 1))
        {
            _read[endpoint]++;
        }
        else
        {
            _readOrder.Add(endpoint);
        }
    }

    /// <summary>Counts records left out for one reason.</summary>
    public void Skip(string reason, long count = 1)
    {
        if (count <= 0)
        {
            return;
        }

        if (_skipped.TryGetValue(reason, out var before))
        {
            _skipped[reason] = before + count;
        }
        else
        {
            _skipped[reason] = count;
            _skipOrder.Add(reason);
        }
    }

    public long SkippedCount(string reason) => _skipped.GetValueOrDefault(reason);

    public TableChange? Table(string name) => Tables.FirstOrDefault(t => t.Table == name);

    /// <summary>The summary as lines: what was read, each table's inserts, updates, unchanged and removed rows, then one
    /// line per reason records were left out.</summary>
    public IEnumerable<string> Lines()
    {
        yield return $"read {Files} file(s): " + (_readOrder.Count == 0 ? "no records" : string.Join(", ", Read.Select(r => $"{r.Endpoint} {r.Records:N0}")));
        foreach (var t in Tables)
        {
            var removed = t.Removed > 0 ? $", {t.Removed:N0} removed" : "";
            yield return $"{t.Table}: {t.Inserted:N0} inserted, {t.Updated:N0} updated, {t.Unchanged:N0} unchanged{removed}";
        }

        foreach (var (reason, count) in Skipped)
        {
            yield return $"skipped {count:N0}: {reason}";
        }
    }
}
