using System.Data.Common;

namespace ReportBuilder.Metrics.Sql;

/// <summary>
/// The choice between an index range per period and one full scan of the table for a totals statement (issue #11 item
/// 2). The per-period totals read each period's rows through the time column's index: few rows when the periods cover
/// a small part of the table, but each row is a lookup in table order, and when the periods cover most of a big table
/// those lookups cost more than reading the whole table once in its own order (at 10 M tickets the solved cohort of 13
/// of 14 months: 28 s CPU by the index, of it 10 s system time, against 21 s for a full scan; docs/performance.md).
/// </summary>
/// <param name="ProbeSql">The earliest and latest timestamps of the table's time column (two reads of its index), and of
/// 256 neighbouring rows in the middle of the table how many pairs have their times in and out of order, and the table's
/// rows (the span of its rowids: two reads of the table's b-tree ends).</param>
/// <param name="Start">The start of the earliest period the statement covers.</param>
/// <param name="End">The end of the latest period.</param>
/// <param name="FullScanSql">The same statement as one pass over the table, the periods found per row and grouped,
/// the time column written so that the index is not used; its parameters are the statement's own.</param>
internal sealed record AccessPath(string ProbeSql, DateTimeOffset Start, DateTimeOffset End, string FullScanSql)
{
    /// <summary>The share of the table's time range the periods must cover for the other form to run:
    /// <see cref="FullScanShare"/> for a full scan; 0 for a breakdown's rows read in table order, which reads only the
    /// periods' rows and pays whatever their share (docs/performance.md, "10 M against 1 M").</summary>
    public double MinShare { get; init; } = FullScanShare;

    /// <summary>The share of the table's time range the periods cover from which the full scan is taken. At 10 M tickets a
    /// scattered index range cost 1.35 times a full scan over 93% of the table, so a row read through it costs about 1.45
    /// rows of a full scan, and the full scan pays from a share of about 0.69 on; at 1 M the two were even at 93%
    /// (docs/performance.md, "Access paths for big files").</summary>
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

    /// <summary>True when the table has at least <paramref name="minRows"/> rows (<see cref="FullScanRows"/> unless a test
    /// says otherwise), the periods cover at least <see cref="MinShare"/> of its time range and it is not stored in
    /// the time column's order (<see cref="Scattered"/>); an empty table: false, the index range reads nothing.</summary>
    public async Task<bool> FullScanAsync(DbConnection connection, CancellationToken ct, long minRows = FullScanRows)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = ProbeSql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            && Timestamps.Parse(reader.IsDBNull(0) ? null : reader.GetString(0)) is { } earliest
            && Timestamps.Parse(reader.IsDBNull(1) ? null : reader.GetString(1)) is { } latest
            && !reader.IsDBNull(4) && reader.GetInt64(4) >= minRows
            && Share(earliest, latest) >= MinShare
            && Scattered(reader.GetInt64(2), reader.GetInt64(3));
    }

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
