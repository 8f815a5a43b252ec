using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using ReportBuilder.Rendering.Tables;
using ReportBuilder.Reports;
using ReportBuilder.Rules;

namespace ReportBuilder.Tests.EndToEnd;

/// <summary><c>--format csv,xlsx</c>: a CSV per metric and a workbook with a sheet per metric, both with the JSON's values.</summary>
public sealed class DataFormatTests : IDisposable
{
    private const string Definition = """
        id: data
        title: Data
        source: { sqlite: support.db }
        timezone: Europe/Warsaw
        period: 2026-10
        metrics:
          - metric: ticket_volume
            breakdown: [channel]
          - metric: resolution_rate
            target: { pass: ">= 90%", warn: ">= 80%" }
            breakdown: [channel, tier]
        """;

    private static readonly XNamespace Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-data-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<JsonElement> RunAsync()
    {
        var db = Path.Combine(_directory, "support.db");
        (await CliHarness.RunAsync("demo-data", "--out", db, "--tickets", "500", "--months", "2", "--end", "2026-11-01")).ExitCode.ShouldBe(0);
        var yaml = Path.Combine(_directory, "data.yaml");
        await File.WriteAllTextAsync(yaml, Definition);
        var run = await CliHarness.RunAsync("run", yaml, "--format", "json,csv,xlsx", "--out", _directory);
        run.ExitCode.ShouldBe(0, run.Output + run.Errors);
        return JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(_directory, "data.json"))).RootElement.Clone();
    }

    /// <summary>The JSON's rows of a metric as the tables write them: the whole period, then each breakdown's groups.</summary>
    private static List<(string Dimension, string Group, double? Value, string Status, long Sample)> JsonRows(JsonElement metric)
    {
        static double? Number(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : null;
        var rows = new List<(string, string, double?, string, long)>
        {
            ("(all)", "", Number(metric.GetProperty("value")), metric.GetProperty("status").GetString()!, metric.GetProperty("sample").GetInt64()),
        };
        foreach (var breakdown in metric.GetProperty("breakdowns").EnumerateObject())
        {
            rows.AddRange(breakdown.Value.EnumerateArray().Select(r => (breakdown.Name, r.GetProperty("key").GetString()!,
                Number(r.GetProperty("value")), r.GetProperty("status").GetString()!, r.GetProperty("sample").GetInt64())));
        }

        return rows;
    }

    [Fact]
    public async Task Csv_OneFilePerMetric_Utf8WithBom_TheJsonsRowsUnderNamedColumns()
    {
        var json = await RunAsync();

        foreach (var metric in json.GetProperty("metrics").EnumerateArray())
        {
            var name = metric.GetProperty("name").GetString()!;
            var bytes = await File.ReadAllBytesAsync(Path.Combine(_directory, $"data-{name}.csv"));
            bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
            var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
            lines[0].ShouldBe("metric,dimension,group,value,shown,status,sample,previous,previous_shown,change,change_shown,contribution,contribution_shown,gap,gap_shown");
            lines[^1].ShouldBe("");    // every record ends with CRLF
            // No field here needs quotes (no comma, quote or line break in the demo's keys), so a plain split reads them.
            var rows = lines[1..^1].Select(l => l.Split(',')).ToList();
            rows.ShouldAllBe(r => r.Length == 15 && r[0] == name);
            // The whole period first; the groups in the report's order (the JSON keeps the keys' order).
            rows[0][1].ShouldBe("(all)");
            rows.Select(r => (r[1], r[2], r[3] == "" ? (double?)null : double.Parse(r[3], CultureInfo.InvariantCulture), r[5], long.Parse(r[6], CultureInfo.InvariantCulture)))
                .ShouldBe(JsonRows(metric), ignoreOrder: true);
        }
    }

    [Fact]
    public async Task Xlsx_ASheetPerMetric_WithNumberCellsHoldingTheJsonsValues()
    {
        var json = await RunAsync();

        using var zip = ZipFile.OpenRead(Path.Combine(_directory, "data.xlsx"));
        XDocument Part(string path) => XDocument.Load(zip.GetEntry(path)!.Open());
        var strings = zip.GetEntry("xl/sharedStrings.xml") is null ? [] : Part("xl/sharedStrings.xml").Descendants(Sheet + "si").Select(s => s.Value).ToList();
        var sheets = Part("xl/workbook.xml").Descendants(Sheet + "sheet").Select(s => (string)s.Attribute("name")!).ToList();
        var metrics = json.GetProperty("metrics").EnumerateArray().ToList();
        sheets.ShouldBe(metrics.Select(m => m.GetProperty("name").GetString()!));

        for (var i = 0; i < metrics.Count; i++)
        {
            var rows = Part($"xl/worksheets/sheet{i + 1}.xml").Descendants(Sheet + "row").Select(r => r.Elements(Sheet + "c").ToList()).ToList();
            string Text(XElement c) => (string?)c.Attribute("t") switch
            {
                "s" => strings[int.Parse(c.Value, CultureInfo.InvariantCulture)],
                "inlineStr" => c.Value,
                _ => c.Value,
            };
            rows[0].Select(Text).ShouldBe(MetricTable.Columns);
            var data = rows.Skip(1).Select(cells => cells.ToDictionary(c => ((string)c.Attribute("r")!).TrimEnd("0123456789".ToCharArray()), c => c)).ToList();
            // The value (column D) and the sample (G) are number cells: no type, or type n.
            data.Where(r => r.ContainsKey("D") && r["D"].Value != "").ShouldAllBe(r => (string?)r["D"].Attribute("t") == null || (string?)r["D"].Attribute("t") == "n");
            data.ShouldAllBe(r => (string?)r["G"].Attribute("t") == null || (string?)r["G"].Attribute("t") == "n");
            data.Select(r => (Text(r["B"]), r.TryGetValue("C", out var g) ? Text(g) : "",
                    r.TryGetValue("D", out var v) && v.Value != "" ? double.Parse(v.Value, CultureInfo.InvariantCulture) : (double?)null,
                    Text(r["F"]), long.Parse(r["G"].Value, CultureInfo.InvariantCulture)))
                .ShouldBe(JsonRows(metrics[i]), ignoreOrder: true);
        }
    }

    [Fact]
    public void Csv_EscapesTextThatASpreadsheetWouldRunAsAFormula_ButKeepsNegativeNumbers()
    {
        var rows = new List<BreakdownRow>
        {
            new("=HYPERLINK(\"http://x\",\"y\")", -12.5, "-12.5", Status.None, 3),
            new("@SUM(A1)", 2, "2", Status.None, 1),
            new("+1, \"quoted\"", 1, "1", Status.None, 1),
        };
        var nps = new MetricView("nps", "nps", "NPS", "", "value", ReportBuilder.Definitions.MetricUnit.Points, ReportBuilder.Definitions.MetricDirection.Higher, -12.5, "-12.5", Status.None, null, 5, null,
            [new BreakdownView("agent", "Agent", rows)], []);
        var model = SampleReports.Monthly() with { Metrics = [nps] };

        var (name, content) = CsvTableWriter.Render(model).Single();

        // Without a target, the largest value first.

        name.ShouldBe("nps");
        Encoding.UTF8.GetString(content[3..]).Split("\r\n").ShouldBe([
            "metric,dimension,group,value,shown,status,sample,previous,previous_shown,change,change_shown,contribution,contribution_shown,gap,gap_shown",
            // No comparison period: the comparison's columns are empty.
            // Escaped text is also quoted (CsvHelper's RFC 4180 mode); the value column's -12.5 is a number and stays one.
            "nps,(all),,-12.5,\"'-12.5\",none,5,,,,,,,,",
            "nps,agent,\"'@SUM(A1)\",2,2,none,1,,,,,,,,",
            "nps,agent,\"'+1, \"\"quoted\"\"\",1,1,none,1,,,,,,,,",
            "nps,agent,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-12.5,\"'-12.5\",none,3,,,,,,,,",
            "",
        ]);
    }
}
