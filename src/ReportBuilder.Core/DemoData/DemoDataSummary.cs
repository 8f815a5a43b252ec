namespace ReportBuilder.DemoData;

/// <summary>What was written: the file, the UTC window [Start, End) and the row count of each table.</summary>
internal sealed record DemoDataSummary(string Path, DateOnly Start, DateOnly End, IReadOnlyList<DemoTableCount> Tables)
{
    /// <summary>The row count of one table, or 0 when it is not listed.</summary>
    public long RowsOf(string table) => Tables.FirstOrDefault(t => t.Table == table)?.Rows ?? 0;
}

/// <summary>The number of rows written to one table.</summary>
internal sealed record DemoTableCount(string Table, long Rows);
