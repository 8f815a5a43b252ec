using System.Data.Common;

namespace ReportBuilder.Metrics.Sql;

/// <summary>
/// The choice between the index range of a statement's time column and a form that reads the table in its own order,
/// for a big table not stored in that column's order (issue #11 item 2, issue 23 item 5). Through the index, each row of a
/// period is a lookup in table order: cheap while the pages stay in the cache, but on a big table whose rows are stored
/// out of the column's order each lookup reads a page again (at 10 M tickets the solved cohort of 13 of 14 months: 28 s
/// CPU by the index, of it 10 s system time, against 21 s for a full scan; docs/performance.md). Totals over most of the
/// table's time range take a full scan; any other statement the rows of the index range with their row ids sorted first,
/// read in the table's order.
/// </summary>
/// <param name="ProbeSql">The earliest and latest timestamps of the table's time column (two reads of its index), and of
/// 256 neighbouring rows in the middle of the table how many pairs have their times in and out of order, and the table's
/// rows (the span of its rowids: two reads of the table's b-tree ends).</param>
/// <param name="Start">The start of the earliest period the statement covers.</param>
/// <param name="End">The end of the latest period.</param>
/// <param name="FullScanSql">Totals as one pass over the table, the periods found per row and grouped, the time column
/// written so that the index is not used; null for a breakdown. Its parameters are the statement's own.</param>
/// <param name="TableOrderSql">The statement over the rows of the index range of the periods' span, read in the table's
/// order (<see cref="SqlDialect.InTableOrder"/>); its parameters are the statement's own.</param>
internal sealed record AccessPath(string ProbeSql, DateTimeOffset Start, DateTimeOffset End, string? FullScanSql, string TableOrderSql)
{
    /// <summary>The share of the table's time range the periods cover from which the full scan is taken. At 10 M tickets a
    /// scattered index range cost 1.35 times a full scan over 93% of the table, so a row read through it costs about 1.45
    /// rows of a full scan, and the full scan pays from a share of about 0.69 on; at 1 M the two were even at 93%
    /// (docs/performance.md, "Access paths for big files"). Below it totals take the table-order form, which reads only the
    /// periods' rows in table order: at 10 M over 12 of 14 months it cost 1.3 to 1.6 times the full scan, over 6 of 14 months
    /// about the same.</summary>
    public const double FullScanShare = 0.75;

    /// <summary>The fewest rows (by rowid span) a table has before the full scan is considered. At 1 M demo tickets the
    /// full scan of the scattered solved cohort lost (the core report's CPU rose from 1.06 to 1.27-1.30 times its
    /// hand-written SQL in the benchmark harness), at 10 M it won (0.84-0.87 times the index range for the whole run):
    /// the index range's lookups stay in the page cache at the smaller size. The threshold sits between the two measured
    /// sizes; sizes in between were not measured (docs/performance.md, "Access paths for big files").</summary>
    public const long FullScanRows = 5_000_000;

    /// <summary>The share of the time range from <paramref name="earliest"/> to <paramref name="latest"/> that the span of the
    /// periods covers (0 to 1; 1 for a range of one instant inside the span).</summary>
    public double Share(DateTimeOffset earliest, DateTimeOffset latest)
    {
        var overlap = (Min(latest, End) - Max(earliest, Start)).Ticks;
        var range = (latest - earliest).Ticks;
        return range <= 0 ? (earliest >= Start && earliest < End ? 1 : 0) : Math.Clamp((double)overlap / range, 0, 1);
    }

    /// <summary>What the probe found of a table's time column: its earliest and latest timestamps, the table's rows (the span
    /// of its rowids) and whether it is stored out of the column's order (<see cref="Scattered"/>). The same for every
    /// statement over that table and column, so a run probes each once (<c>MetricEngine</c>).</summary>
    public sealed record Probed(DateTimeOffset Earliest, DateTimeOffset Latest, long Rows, bool Scattered);

    /// <summary>Runs <see cref="ProbeSql"/>; null for an empty table (the index range reads nothing), a view, and a table the
    /// probe cannot read, one without row ids (<c>WITHOUT ROWID</c>, a virtual table), which is read through its index as
    /// before: both other forms need row ids.</summary>
    public async Task<Probed?> ProbeAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = ProbeSql;
        DbDataReader reader;
        try
        {
            reader = await command.ExecuteReaderAsync(ct);
        }
        catch (DbException)
        {
            // SQLite refuses the statement as it prepares it (no such column: rowid); a failure of the database itself
            // comes again from the statement that runs next, with its own message.
            return null;
        }

        await using var rows = reader;
        return await reader.ReadAsync(ct)
            && Timestamps.Parse(reader.IsDBNull(0) ? null : reader.GetString(0)) is { } earliest
            && Timestamps.Parse(reader.IsDBNull(1) ? null : reader.GetString(1)) is { } latest
            && !reader.IsDBNull(4)
            ? new Probed(earliest, latest, reader.GetInt64(4), Scattered(reader.GetInt64(2), reader.GetInt64(3)))
            : null;
    }

    /// <summary>The SQL to run instead of the statement's own, or null to run its own: when the probed table has at least
    /// <paramref name="minRows"/> rows (<see cref="FullScanRows"/> unless a test says otherwise) and is not stored in the time
    /// column's order, the full scan where the periods cover at least <see cref="FullScanShare"/> of the table's time range,
    /// else the rows of the index range in table order.</summary>
    public string? OtherForm(Probed? table, long minRows = FullScanRows) =>
        table is null || table.Rows < minRows || !table.Scattered ? null
        : FullScanSql is { } fullScan && Share(table.Earliest, table.Latest) >= FullScanShare ? fullScan : TableOrderSql;

    /// <summary>True when the table is not stored in the time column's order: of neighbouring rows (by rowid) at least
    /// <see cref="ScatteredShare"/> have their times out of order, so an index range jumps about the table. Tickets are
    /// stored as they are created: <c>created_at</c> follows the storage order (an index range reads the table nearly in
    /// order, and stays faster than a full scan), <c>solved_at</c> does not.</summary>
    public static bool Scattered(long inOrder, long outOfOrder) => inOrder + outOfOrder > 0 && outOfOrder >= ScatteredShare * (inOrder + outOfOrder);

    /// <summary>The share of neighbouring rows out of time order from which an index range counts as scattered.</summary>
    public const double ScatteredShare = 0.1;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
