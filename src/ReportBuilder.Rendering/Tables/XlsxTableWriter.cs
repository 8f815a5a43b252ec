using MiniExcelLibs;
using ReportBuilder.Reports;

namespace ReportBuilder.Rendering.Tables;

/// <summary>One XLSX workbook (MiniExcel) with a sheet per metric, named by the metric's output name: numbers as number
/// cells (shares as fractions, as in JSON), sample sizes as whole numbers, words as text cells (never formulas).</summary>
public static class XlsxTableWriter
{
    /// <summary>The workbook's bytes.</summary>
    public static byte[] Render(ReportModel model)
    {
        var sheets = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in MetricTable.From(model))
        {
            sheets[SheetName(table.Name, sheets.Keys)] = table.Rows.Select(r => new Dictionary<string, object?>
            {
                ["metric"] = r.Metric,
                ["dimension"] = r.Dimension,
                ["group"] = r.Group,
                ["value"] = r.FiniteValue,
                ["shown"] = r.Shown,
                ["status"] = r.Status,
                ["sample"] = r.Sample,
                ["previous"] = MetricTableRow.Finite(r.Previous),
                ["previous_shown"] = r.PreviousShown,
                ["change"] = MetricTableRow.Finite(r.Change),
                ["change_shown"] = r.ChangeShown,
                ["contribution"] = MetricTableRow.Finite(r.Contribution),
                ["contribution_shown"] = r.ContributionShown,
                ["gap"] = MetricTableRow.Finite(r.Gap),
                ["gap_shown"] = r.GapShown,
            }).ToList();
        }

        if (model.Scorecard is not null)
        {
            sheets[SheetName(ScorecardTable.Name, sheets.Keys)] = ScorecardTable.Rows(model)
                .Select(r => ScorecardTable.Columns.Zip(r).ToDictionary(c => c.First, c => c.Second)).ToList();
        }

        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    // Excel allows 31 characters and no : \ / ? * [ ] in a sheet's name, each name once.
    private static string SheetName(string name, IEnumerable<string> taken)
    {
        var clean = new string(name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '_' : c).ToArray());
        var candidate = clean.Length > 31 ? clean[..31] : clean;
        for (var i = 2; taken.Contains(candidate, StringComparer.OrdinalIgnoreCase); i++)
        {
            var suffix = $"~{i}";
            candidate = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return candidate;
    }
}
