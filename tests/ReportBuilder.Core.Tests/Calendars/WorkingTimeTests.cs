using System.Globalization;
using Microsoft.Data.Sqlite;
using NodaTime;
using Npgsql;
using ReportBuilder.Calendars;
using ReportBuilder.Data;
using ReportBuilder.Definitions;

namespace ReportBuilder.Tests.Calendars;

/// <summary>Working time in SQL (<see cref="WorkingIntervals"/> and <see cref="WorkingTimeSql"/>) on SQLite and PostgreSQL,
/// from tickets' created_at to solved_at (UTC): cases worked out by hand in the comments, and random calendars and spans
/// against a minute-by-minute walker written here with the system's time zones.</summary>
public abstract class WorkingTimeTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : WorkingTimeTests(null);

    public sealed class OnDuckDb() : WorkingTimeTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : WorkingTimeTests(server);

    private readonly TestSource? _source = source;

    private const string Calendars = """
        id: hours
        metrics:
          - metric: ticket_volume
        calendars:
          office:
            time_zone: Europe/Warsaw
            week: { mon-fri: "09:00-18:00" }
            holidays: [2026-11-11, { date: 2026-12-24, hours: ["09:00-13:00"] }]
          split:
            time_zone: Europe/Rome
            week: { mon-fri: ["08:00-13:00", "14:00-18:00"], sat: "09:00-12:00" }
          night:
            time_zone: UTC
            week: { mon-fri: "22:00-06:00" }
          early:
            time_zone: Europe/Warsaw
            week: { sun: "01:00-05:00" }
          ny:
            time_zone: America/New_York
            week: { mon-fri: "09:00-17:00", sun: "00:00-04:00" }
        """;

    private static BusinessCalendar Calendar(string name) =>
        ReportDefinitionLoader.Parse("report.yaml", Calendars, TestReport.Catalog).Calendars.Calendars[name];

    [Fact]
    public async Task Office_WeekendHolidayPartlyOpenDayAndMonths_AsWorkedOutByHand()
    {
        using var db = Database()
            .Solved("2026-10-16 15:30", solved: "2026-10-19 07:15")   // Fri 17:30 → Mon 09:15 CEST: 30 + 15 minutes
            .Solved("2026-10-18 08:00", solved: "2026-10-18 12:00")   // Sunday 10:00 → 14:00: closed
            .Solved("2026-11-10 16:00", solved: "2026-11-12 09:00")   // Tue 17:00 → Thu 10:00 CET, Wed 11 Nov a holiday: 1 h + 1 h
            .Solved("2026-12-24 07:00", solved: "2026-12-24 17:00")   // 24 Dec 08:00 → 18:00 CET, open 09–13 only: 4 h
            .Solved("2026-10-17 10:00", solved: "2026-10-18 18:00")   // Sat 12:00 → Sun 20:00: one closed stretch
            .Solved("2026-10-16 17:00", solved: "2026-10-19 06:00")   // Fri 19:00 → Mon 08:00: after hours to before hours
            .Solved("2026-09-07 07:00", solved: "2026-12-07 08:00")   // Mon 7 Sep 09:00 → Mon 7 Dec 09:00: 65 weekdays − 11 Nov, 9 h each
            .Solved("2026-10-19 07:15", solved: "2026-10-16 15:30")   // the first span backwards
            .Solved("2026-03-27 16:00", solved: "2026-03-30 08:00")   // Fri 17:00 CET → Mon 10:00 CEST over spring forward: 1 h + 1 h
            .Ticket("2026-10-19 07:00");                                // not solved

        (await WorkedAsync(db, Calendar("office"))).ShouldBe(
            [2700, 0, 7200, 14400, 0, 0, 64 * 9 * 3600, -2700, 7200, null]);
    }

    [Fact]
    public async Task SplitShiftAndIntervalsCrossingMidnight_AsWorkedOutByHand()
    {
        using var db = Database()
            .Solved("2026-10-19 10:30", solved: "2026-10-19 12:30")   // Mon 12:30 → 14:30 CEST over lunch: 30 + 30 minutes
            .Solved("2026-10-17 09:00", solved: "2026-10-19 06:30");  // Sat 11:00 → Mon 08:30: 1 h + 30 minutes
        using var nights = Database()
            .Solved("2026-10-16 23:00", solved: "2026-10-17 07:00")   // Fri 23:00 → Sat 07:00: Friday's night runs to 06:00
            .Solved("2026-10-18 23:00", solved: "2026-10-19 01:00")   // Sun 23:00 → Mon 01:00: no Sunday night
            .Solved("2026-10-19 05:00", solved: "2026-10-19 23:00")   // Mon 05:00 → 23:00: Monday's night from 22:00
            .Solved("2026-10-17 05:00", solved: "2026-10-17 07:00");  // Sat 05:00 → 07:00: the end of Friday's night

        (await WorkedAsync(db, Calendar("split"))).ShouldBe([3600, 5400]);
        (await WorkedAsync(nights, Calendar("night"))).ShouldBe([25200, 0, 3600, 3600]);
    }

    [Fact]
    public async Task DaylightSavingChanges_InsideAndOutsideIntervals_CountTheRealLength()
    {
        using var warsaw = Database()
            .Solved("2026-03-28 22:00", solved: "2026-03-29 22:00")   // Sunday 29 Mar 01:00 CET (00:00) → 05:00 CEST (03:00): 3 h
            .Solved("2026-10-24 20:00", solved: "2026-10-25 20:00");  // Sunday 25 Oct 01:00 CEST (23:00) → 05:00 CET (04:00): 5 h
        using var around = Database()
            .Solved("2026-03-28 23:00", solved: "2026-03-29 22:00")   // the spring-forward Sunday, midnight to midnight: 23 h
            .Solved("2026-10-24 22:00", solved: "2026-10-25 23:00");  // the fall-back Sunday: 25 h
        using var newYork = Database()
            .Solved("2026-03-08 04:00", solved: "2026-03-08 12:00")   // Sunday 8 Mar 00:00 EST (05:00) → 04:00 EDT (08:00): 3 h
            .Solved("2026-11-01 03:00", solved: "2026-11-01 12:00")   // Sunday 1 Nov 00:00 EDT (04:00) → 04:00 EST (09:00): 5 h
            .Solved("2026-03-06 21:00", solved: "2026-03-09 14:00");  // Fri 16:00 EST → Mon 10:00 EDT: 1 h + Sunday's 3 h + 1 h

        (await WorkedAsync(warsaw, Calendar("early"))).ShouldBe([10800, 18000]);
        (await WorkedAsync(around, TestReport.Catalog.Calendars["around-the-clock"])).ShouldBe([23 * 3600, 25 * 3600]);
        (await WorkedAsync(newYork, Calendar("ny"))).ShouldBe([10800, 18000, 18000]);
    }

    [Fact]
    public async Task RandomCalendarsAndSpans_MatchAMinuteByMinuteWalker()
    {
        var random = new Random(20);
        var windowStart = new DateTime(2025, 9, 1, 0, 0, 0, DateTimeKind.Utc);
        var minutes = (int)(new DateTime(2027, 5, 1, 0, 0, 0, DateTimeKind.Utc) - windowStart).TotalMinutes;
        var spans = new List<(long Start, long? End)>();
        using var db = Database();
        db.Execute("BEGIN");
        for (var i = 0; i < 3000; i++)
        {
            var start = RandomSecond(random, minutes);
            long? end = random.NextDouble() switch
            {
                < 0.02 => null,
                < 0.07 => Math.Max(0, start - random.NextInt64(1, 5 * 86400)),
                < 0.75 => start + random.NextInt64(0, 3 * 86400),
                < 0.95 => start + random.NextInt64(0, 60 * 86400),
                _ => start + random.NextInt64(0, 400 * 86400),
            };
            end = end is { } e ? Math.Min(e, minutes * 60L - 1) : null;
            spans.Add((start, end));
            _ = end is { } solved ? db.Solved(Text(windowStart, start), Text(windowStart, solved)) : db.Ticket(Text(windowStart, start));
        }

        db.Execute("COMMIT");
        for (var round = 0; round < 6; round++)
        {
            var calendar = RandomCalendar.Create(random, windowStart, minutes);
            var loaded = ReportDefinitionLoader.Parse("report.yaml", calendar.Yaml, TestReport.Catalog).Calendars.Calendars["random"];
            var walker = calendar.Walk(windowStart, minutes);
            var expected = spans.Select(s => s.End is { } end ? walker(end) - walker(s.Start) : (long?)null).ToList();

            var actual = await WorkedAsync(db, loaded, Instant.FromDateTimeUtc(windowStart), Instant.FromDateTimeUtc(windowStart.AddMinutes(minutes)));

            var wrong = actual.Zip(expected, spans).Where(x => x.First != x.Second)
                .Select(x => $"{Text(windowStart, x.Third.Start)} → {(x.Third.End is { } e ? Text(windowStart, e) : "NULL")}: {x.First} instead of {x.Second}")
                .Take(5).ToList();
            wrong.ShouldBeEmpty(calendar.Yaml);
        }
    }

    private static long RandomSecond(Random random, int minutes)
    {
        var second = random.NextInt64(0, minutes * 60L - 400L * 86400);
        return random.NextDouble() < 0.3 ? second / 900 * 900 : second;
    }

    private static string Text(DateTime windowStart, long second) =>
        windowStart.AddSeconds(second).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The working seconds of each ticket from created_at to solved_at, in id order, as the source computes them.</summary>
    private async Task<long?[]> WorkedAsync(TestDatabase db, BusinessCalendar calendar, Instant? from = null, Instant? to = null)
    {
        var intervals = WorkingIntervals.Generate(calendar, from ?? Instant.FromUtc(2025, 1, 1, 0, 0), to ?? Instant.FromUtc(2028, 1, 1, 0, 0));
        var source = await db.SourceAsync();
        var parameters = new List<KeyValuePair<string, object>>();
        string Parameter(object value)
        {
            parameters.Add(new($"@w{parameters.Count}", value));
            return parameters[^1].Key;
        }

        var results = new List<long?>();
        if (_source is null)
        {
            var select = $"SELECT {WorkingTimeSql.Sqlite.Seconds("created_at", "solved_at", intervals, Parameter)} FROM tickets ORDER BY id";
            await using var connection = SqliteSource.Open(source);
            var (prepare, data) = WorkingTimeSql.Sqlite.Prepare(intervals)!.Value;
            await using (var store = new SqliteCommand(prepare, connection))
            {
                store.Parameters.AddWithValue("@p0", data);
                await store.ExecuteNonQueryAsync();
            }

            {
                await using var command = new SqliteCommand(select, connection);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    results.Add(reader.IsDBNull(0) ? null : reader.GetInt64(0));
                }
            }
        }
        else if (_source.Server is null)
        {
            // DuckDB: the intervals stored by one statement on the read-only connection a run opens, then read without parameters.
            var select = $"SELECT {WorkingTimeSql.DuckDb.Seconds("created_at", "solved_at", intervals, Parameter)} FROM tickets ORDER BY id";
            await using var connection = DuckDbSource.Open(source);
            var (prepare, data) = WorkingTimeSql.DuckDb.Prepare(intervals)!.Value;
            await using (var store = connection.CreateCommand())
            {
                store.CommandText = prepare;
                store.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("p0", data));
                await store.ExecuteNonQueryAsync();
            }

            parameters.ShouldBeEmpty();
            await using var command = connection.CreateCommand();
            command.CommandText = select;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var seconds = reader.IsDBNull(0) ? (double?)null : Convert.ToDouble(reader.GetValue(0), CultureInfo.InvariantCulture);
                (seconds % 1 ?? 0).ShouldBe(0, "whole seconds in, whole seconds out");
                results.Add((long?)seconds);
            }
        }
        else
        {
            var select = $"SELECT {WorkingTimeSql.Postgres.Seconds("created_at", "solved_at", intervals, Parameter)} FROM tickets ORDER BY id";
            WorkingTimeSql.Postgres.Prepare(intervals).ShouldBeNull();
            await using var connection = await _source.Server.ConnectAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            var schema = source[(source.IndexOf("schema=", StringComparison.Ordinal) + "schema=".Length)..];
            await using (var setup = new NpgsqlCommand($"SET TRANSACTION READ ONLY; SET LOCAL search_path TO {schema}", connection, transaction))
            {
                await setup.ExecuteNonQueryAsync();
            }

            await using var command = new NpgsqlCommand(select, connection, transaction);
            parameters.ForEach(p => command.Parameters.AddWithValue(p.Key[1..], p.Value));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var seconds = reader.IsDBNull(0) ? (double?)null : reader.GetDouble(0);
                (seconds % 1 ?? 0).ShouldBe(0, "whole seconds in, whole seconds out");
                results.Add((long?)seconds);
            }
        }

        return [.. results];
    }
}
