using System.Globalization;
using System.Text;
using CsvHelper;
using ReportBuilder.Reports;

namespace ReportBuilder.Rendering.Tables;

/// <summary>One CSV file per metric (<c>REPORT-METRIC.csv</c>): RFC 4180 (CsvHelper), UTF-8 with a byte-order mark so
/// spreadsheets read accents and Hangul right, numbers in invariant form, and text that a spreadsheet would take for a
/// formula (starting with = + - @, tab or carriage return) prefixed with an apostrophe (CsvHelper's injection escape).</summary>
public static class CsvTableWriter
{
    /// <summary>Each metric's file name (without the report's id) and its bytes.</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> Render(ReportModel model) =>
    [
        .. MetricTable.From(model).Select(t => (t.Name, Write(t))),
        .. model.Scorecard is null ? [] : new[] { (ScorecardTable.Name, WriteScorecard(model)) },
    ];

    private static byte[] WriteScorecard(ReportModel model)
    {
        using var stream = new MemoryStream();
        using (var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape }, true))
        {
            csv.WriteRecord([.. ScorecardTable.Columns]);
            foreach (var row in ScorecardTable.Rows(model))
            {
                foreach (var cell in row)
                {
                    switch (cell)
                    {
                        case double number: Number(csv, number); break;
                        case bool flag: csv.WriteField(flag ? "true" : "false"); break;
                        case long or int: csv.WriteField(Convert.ToString(cell, CultureInfo.InvariantCulture)); break;
                        default: csv.WriteField((string?)cell ?? ""); break;
                    }
                }

                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }

    private static byte[] Write(MetricTable table)
    {
        using var stream = new MemoryStream();
        using (var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape }, true))
        {
            csv.WriteRecord([.. MetricTable.Columns]);
            foreach (var row in table.Rows)
            {
                csv.WriteField(row.Metric);
                csv.WriteField(row.Dimension);
                csv.WriteField(row.Group);
                Number(csv, row.Value);
                csv.WriteField(row.Shown);
                csv.WriteField(row.Status);
                csv.WriteField(row.Sample, "D", CultureInfo.InvariantCulture);
                Number(csv, row.Previous);
                csv.WriteField(row.PreviousShown);
                Number(csv, row.Change);
                csv.WriteField(row.ChangeShown);
                Number(csv, row.Contribution);
                csv.WriteField(row.ContributionShown);
                Number(csv, row.Gap);
                csv.WriteField(row.GapShown);
                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }

    // Numbers are never taken for formulas: a negative one stays a number. None is an empty field.
    private static void Number(CsvWriter csv, double? value)
    {
        if (MetricTableRow.Finite(value) is { } v)
        {
            csv.WriteField(v, "R", CultureInfo.InvariantCulture);
        }
        else
        {
            csv.WriteField("");
        }
    }
}
