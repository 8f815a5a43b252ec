using ReportBuilder.Metrics.Sql.Tree;

namespace ReportBuilder.Metrics.Sql;

/// <summary>The statement tree described line by line for <c>explain --passes</c>, each expression in the dialect's SQL.</summary>
internal sealed partial class SqlPrinter
{
    /// <summary>The statement tree as lines of text, each part on its own line and each expression in the dialect's SQL
    /// (<c>explain --passes</c>).</summary>
    public static IEnumerable<string> Describe(MetricStatement s, SqlDialect dialect)
    {
        var printer = new SqlPrinter(dialect, s.Expressions);
        return printer.Describe(s, "");
    }

    private IEnumerable<string> Describe(MetricStatement s, string indent)
    {
        yield return $"{indent}periods: {string.Join(", ", s.Periods.Select(p => p.Index))}";
        foreach (var mapped in s.Mapped)
        {
            yield return $"{indent}mapped table: {Mapped(mapped)}";
        }

        yield return indent + "source: " + s.Source switch
        {
            StoredSource stored => "table " + _dialect.Quote(stored.SqlName),
            TemporarySource stored => "stored for the run " + _dialect.StoredForRun(stored.Name),
            QuerySource => "derived query of " + s.Model.Name,
            _ => "?",
        } + (!s.TableFirst ? "" : s.InTableOrder is { } time
            ? $", read first in its own order: the rows of the index range of {_dialect.Quote(time.Name)}, their row ids sorted"
            : ", read first (full scan)");
        foreach (var join in s.Joins)
        {
            yield return $"{indent}join {join.Name}: {_dialect.Quote(join.SqlName)} on {join.Remote} = {join.Local}";
        }

        if (s.Time is not null)
        {
            yield return $"{indent}placed by: {InPeriod(s)}";
        }

        for (var i = 0; i < s.Filters.Count; i++)
        {
            yield return $"{indent}filter {i}: {(s.Filters[i] is { } filter ? Print(filter) : "(every row)")}";
        }

        yield return $"{indent}row filter: {(s.Where is { } where ? Print(where) : "(every row)")}";
        yield return $"{indent}key: {Key(s)}";
        foreach (var column in s.Columns)
        {
            yield return $"{indent}column {column.Name}: {Print(column.Value)}";
        }

        if (s.Once is { } once)
        {
            yield return $"{indent}per-row columns (passed: {string.Join(", ", once.Passed)})";
            foreach (var column in once.Computed)
            {
                yield return $"{indent}  {column.Name}: {Print(column.Value)}";
            }
        }

        if (s.Fenced is { } fenced)
        {
            yield return $"{indent}rows fenced as {TreeNames.Rows}, carrying {string.Join(", ", fenced.Carried.Select(Output))}";
            yield return $"{indent}  row filter over them: {(fenced.Where is { } filter ? Print(filter) : "(every row)")}";
        }

        if (s.Apart is { } apart)
        {
            yield return $"{indent}rows kept once as rb_rows, carrying {string.Join(", ", apart.Carried.Select(Output))}";
            for (var i = 0; i < apart.Values.Count; i++)
            {
                yield return $"{indent}  {TreeNames.Distinct(i)}: distinct {Print(apart.Values[i])} per period and key";
            }
        }

        if (s.Running is { } running)
        {
            yield return $"{indent}subtotals by {string.Join(", ", running.Bounded)}{(running.Key is { } key ? " and key " + Print(key) : "")}";
            yield return $"{indent}  periods pick: {string.Join(" AND ", running.Atoms.Select(Print))}";
            yield return $"{indent}  rows: {(running.Inner.Count == 0 ? "(every row)" : string.Join(" AND ", running.Inner.Select(Print)))}";
            foreach (var column in running.Columns)
            {
                yield return $"{indent}  {column.Name}: {Print(column.Value)}";
            }
        }

        yield return indent + "grouping: " + s.Grouping switch
        {
            Grouping.EachPeriod => "one aggregate query per period (UNION ALL)",
            Grouping.Period => "by period",
            _ => "by period and key",
        };
        foreach (var (other, title) in new[] { (s.FullScan, "full-scan form, run instead for a big scattered table whose time range the periods cover mostly"),
                     (s.TableOrder, "table-order form, run instead for a big scattered table otherwise") })
        {
            if (other is null)
            {
                continue;
            }

            yield return $"{indent}{title}:";
            foreach (var line in Describe(other, indent + "  "))
            {
                yield return line;
            }
        }
    }
}
