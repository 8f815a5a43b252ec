using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReportBuilder.Rendering.Charts;
using ReportBuilder.Rendering.Localization;
using ReportBuilder.Reports;
using ReportBuilder.Rules;

namespace ReportBuilder.Tests.Rendering;

/// <summary>Every chart kind with its longest labels, in German, Polish and Korean: no text box overlaps another or leaves
/// the image, and no text is smaller than 11 px at the width the email shows it on a 390 px phone.</summary>
[Collection(ChartLayoutTests.Alone)]
public sealed partial class ChartLayoutTests
{
    public const string Alone = "chart layout, alone";

    public static TheoryData<string> Languages() => ["de", "pl", "ko"];

    public static TheoryData<string, int> LanguagesAndMonths() => new() { { "de", 12 }, { "pl", 12 }, { "ko", 12 }, { "de", 13 }, { "pl", 13 }, { "ko", 13 } };

    [Theory]
    [MemberData(nameof(LanguagesAndMonths))]
    public void EveryChartKind_WithItsLongestLabels_KeepsEachLabelApartAndInsideTheImage(string locale, int months)
    {
        var charts = ChartBuilder.Build(LongestLabels(locale, months), TestEnvironment.Words(locale).Charts);

        charts.Select(c => c.Kind).Distinct().Order(StringComparer.Ordinal).ShouldBe(["breakdown", "heatmap", "trend"]);
        charts.Count.ShouldBe(6);    // a trend, bars by agent, by hour, by weekday and by tag (a share), a heat map
        foreach (var chart in charts)
        {
            var boxes = TextBoxes(chart.ToSvg());
            boxes.ShouldNotBeEmpty();
            foreach (var box in boxes)
            {
                box.Size.ShouldBeGreaterThanOrEqualTo(11f, $"{chart.Id}: \"{box.Text}\"");
                (box.Left >= -0.5 && box.Top >= -0.5 && box.Right <= chart.Width + 0.5 && box.Bottom <= chart.Height + 0.5)
                    .ShouldBeTrue($"{chart.Id}: \"{box.Text}\" at {box} leaves the {chart.Width}×{chart.Height} image");
            }

            foreach (var (a, b) in boxes.SelectMany((a, i) => boxes.Skip(i + 1).Select(b => (a, b))))
            {
                a.Overlaps(b).ShouldBeFalse($"{chart.Id}: \"{a.Text}\" {a} overlaps \"{b.Text}\" {b}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(LanguagesAndMonths))]
    public void ATrendOfTwelveOrThirteenMonths_WritesEverySecondOrThirdMonth_AlwaysTheFirstAndTheLast(string locale, int count)
    {
        var model = LongestLabels(locale, count);
        var months = model.Metrics[0].Trend.Select(p => p.Label).ToList();

        var trend = ChartBuilder.Build(model, TestEnvironment.Words(locale).Charts).Single(c => c.Kind == "trend");

        // The month ticks from left to right, each matched to the next month it names ("Okt" is October 2025 and 2026).
        var boxes = TextBoxes(trend.ToSvg());
        var written = new List<(int Index, TextBox Box)>();
        foreach (var box in boxes.OrderBy(b => b.Left))
        {
            var from = written.Count == 0 ? 0 : written[^1].Index + 1;
            var index = months.FindIndex(from, m => ShortMonth(m) == box.Text);
            if (index >= 0)
            {
                written.Add((index, box));
            }
        }

        var seen = string.Join(", ", written.Select(w => $"{w.Index} {w.Box.Text}"));
        written[0].Index.ShouldBe(0);
        written[^1].Index.ShouldBe(count - 1);
        written.Zip(written.Skip(1), (a, b) => b.Index - a.Index).ShouldAllBe(gap => gap == 2 || gap == 3, seen);
        // The year on a line under the month on the first and the last tick and wherever it changes, nowhere else.
        for (var i = 0; i < written.Count; i++)
        {
            var (index, month) = written[i];
            var centre = (month.Left + month.Right) / 2;
            var under = boxes.Where(b => b.Top >= month.Bottom - 0.5 && b.Top < month.Bottom + 8 && Math.Abs((b.Left + b.Right) / 2 - centre) < 1)
                .Select(b => b.Text).ToList();
            var yearShown = i == 0 || i == written.Count - 1 || Year(months[written[i - 1].Index]) != Year(months[index]);
            under.ShouldBe(yearShown ? [Year(months[index])] : [], $"under {month.Text} ({index}) in {seen}");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryChartKind_WritesItsOwnWordsOnlyInCharactersItsFontHas(string locale)
    {
        // The chart's own words (unit, the lines' names, "hour of day") and the trend's ticks; not the model's names (titles,
        // dimensions, groups), which this model mixes in scripts no one font has (Polish words in a Korean chart).
        var charts = ChartBuilder.Build(LongestLabels(locale), TestEnvironment.Words(locale).Charts);

        foreach (var chart in charts)
        {
            chart.ToSvg();   // drawn once, so the ticks are generated
            var plot = chart.Plot;
            var texts = new[] { plot.Axes.Left.Label.Text, chart.Kind == "breakdown" ? "" : plot.Axes.Bottom.Label.Text }
                .Concat(chart.Kind == "trend" ? plot.Axes.Bottom.TickGenerator.Ticks.Concat(plot.Axes.Left.TickGenerator.Ticks).Select(t => t.Label) : [])
                .Where(t => !string.IsNullOrEmpty(t));
            using var typeface = SkiaSharp.SKTypeface.FromFamilyName(plot.Axes.Bottom.TickLabelStyle.FontName);
            typeface.FamilyName.ShouldBe(plot.Axes.Bottom.TickLabelStyle.FontName);
            foreach (var text in texts)
            {
                // Spaces too: the Korean font has no em space and draws a box for it.
                var missing = text.Where(c => c != '\n' && !typeface.ContainsGlyph(c)).Select(c => $"U+{(int)c:X4}").Distinct().ToList();
                missing.ShouldBeEmpty($"{chart.Id}: \"{text}\" in {typeface.FamilyName}");
            }
        }
    }

    [Fact]
    public void ABarChartOfShares_EndsAt100Percent_AndStartsAtZero()
    {
        var chart = ChartBuilder.Build(LongestLabels("de")).Single(c => c.Id == "sla-by-tag");

        var ticks = TextBoxes(chart.ToSvg()).Select(b => b.Text).Where(t => t.All(char.IsAsciiDigit)).Select(int.Parse).ToList();
        ticks.Min().ShouldBe(0);
        ticks.Max().ShouldBe(100);
    }

    // The month as the trend's tick writes it: "Oktober 2026" → "Okt", "Mai 2026" → "Mai", "2026년 10월" → "10월".
    private static string ShortMonth(string label)
    {
        var month = label.Split().Single(t => t != Year(label));
        return month.Length > 4 && month.All(char.IsLetter) ? month[..3] : month;
    }

    // "2026", or "2026년" in Korean.
    private static string Year(string label) => label.Split().First(t => t.Length >= 4 && t[..4].All(char.IsAsciiDigit));

    /// <summary>A report whose charts carry the longest words and numbers each kind meets: thirteen months, long agent
    /// names and hour values, weekday names, shares up to 99.9% and a week's heat map.</summary>
    private static ReportModel LongestLabels(string locale, int monthCount = 13)
    {
        var culture = CultureInfo.GetCultureInfo(locale);
        var months = Enumerable.Range(0, monthCount).Select(i => new DateTime(2025, 10, 1).AddMonths(i)).ToList();
        var trend = months.Select((d, i) => new TrendPoint(d, d.AddMonths(1),
            locale == "ko" ? $"{d.Year}년 {d.Month}월" : d.ToString("MMMM yyyy", culture), 0.55 + 0.03 * (i % 5))).ToList();
        var agents = new[] { "Aleksandra Wiśniewska-Kowalczyk", "Bartholomäus Schwarzenegger", "김수한무거북이와두루미", "Ada" }
            .Select((name, i) => new BreakdownRow(name, 1234.5 / (i + 1), $"{1234.5 / (i + 1):N1} godz.", Status.Fail, 10 + i)).ToList();
        var hours = Enumerable.Range(0, 24).Select(h => new BreakdownRow($"{h:00}:00", 1000 + 37 * h, $"{1000 + 37 * h:N0}", Status.None, 1000 + 37 * h)
            { Code = h.ToString(CultureInfo.InvariantCulture) }).ToList();
        var weekdays = Enumerable.Range(1, 7).Select(d => new BreakdownRow(culture.DateTimeFormat.GetDayName((DayOfWeek)(d % 7)), 9000 + d, $"{9000 + d:N0}",
            Status.None, 9000 + d) { Code = d.ToString(CultureInfo.InvariantCulture) }).ToList();
        var tags = new[] { ("feature_request", 0.999), ("known_limitation", 0.95), ("how_to", 0.5), ("bug", 0.02) }
            .Select(t => new BreakdownRow(t.Item1, t.Item2, $"{t.Item2 * 100:N1} %", t.Item2 >= 0.9 ? Status.Pass : Status.Fail, 100)).ToList();
        var slots = Enumerable.Range(1, 7).SelectMany(d => Enumerable.Range(0, 24).Select(h => new BreakdownRow($"{d} {h}", d * h, $"{d * h}", Status.None, d * h)
            { Code = (100 * d + h).ToString(CultureInfo.InvariantCulture) })).ToList();

        var time = new MetricView("frt", "first_response_time", "Erste Antwortzeit (Median) des Kundenservice", "", "median", ReportBuilder.Definitions.MetricUnit.Hours, ReportBuilder.Definitions.MetricDirection.Lower,
            1.5, "1,5 Std.", Status.Fail, "≤ 1 Std.", 100, null, [new BreakdownView("agent", "Mitarbeiterin oder Mitarbeiter", agents)], trend)
            { PassBound = 1, WarnBound = 2 };
        var volume = new MetricView("volume", "ticket_volume", "Zgłoszenia według godziny i dnia tygodnia", "", "value", ReportBuilder.Definitions.MetricUnit.Count, ReportBuilder.Definitions.MetricDirection.None,
            9000, "9 000", Status.None, null, 9000, null,
            [new BreakdownView("hour", "Godzina dnia", hours), new BreakdownView("weekday", "Dzień tygodnia", weekdays),
             new BreakdownView("weekday_hour", "요일과 시간", slots)], []);
        var sla = new MetricView("sla", "first_response_sla", "Erstantwort innerhalb der Servicevereinbarung", "", "value", ReportBuilder.Definitions.MetricUnit.Percent, ReportBuilder.Definitions.MetricDirection.Higher,
            0.6, "60,0 %", Status.Fail, "≥ 90 %", 400, null, [new BreakdownView("tag", "Schlagwort", tags)], []);
        var sample = SampleReports.Monthly();
        return sample with { Report = sample.Report with { Locale = locale }, Metrics = [time, volume, sla] };
    }

    internal sealed record TextBox(string Text, float Size, double Left, double Top, double Right, double Bottom)
    {
        public bool Overlaps(TextBox other) =>
            Left < other.Right - 0.5 && other.Left < Right - 0.5 && Top < other.Bottom - 0.5 && other.Top < Bottom - 0.5;

        public override string ToString() => FormattableString.Invariant($"[{Left:F1},{Top:F1} – {Right:F1},{Bottom:F1}]");
    }

    /// <summary>Each text of the SVG as the box it covers: where ScottPlot placed it (translate, rotate, the first glyph's x
    /// and the baseline's y), as wide as ScottPlot measures it in its font and size.</summary>
    internal static List<TextBox> TextBoxes(string svg)
    {
        var boxes = new List<TextBox>();
        foreach (var text in XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text"))
        {
            var content = text.Value.Trim();
            if (content.Length == 0)
            {
                continue;
            }

            var size = float.Parse((string)text.Attribute("font-size")!, CultureInfo.InvariantCulture);
            var font = ((string?)text.Attribute("font-family") ?? "DejaVu Sans").Split(',')[0].Trim('\'', '"', ' ');
            var bold = (string?)text.Attribute("font-weight") is "bold" or "700";
            var width = ChartStyle.Measure(content, font, size, bold).Width;
            var x = First((string?)text.Attribute("x"));
            var y = First((string?)text.Attribute("y"));
            var transform = (string?)text.Attribute("transform") ?? "";
            var (a, b, c, d, e, f) = Matrix(transform);
            // The box in the text's own frame, then moved (and turned, for a vertical axis title) as the SVG does.
            var corners = new[] { (x, y - 0.8 * size), (x + width, y - 0.8 * size), (x, y + 0.22 * size), (x + width, y + 0.22 * size) }
                .Select(p => (X: a * p.Item1 + c * p.Item2 + e, Y: b * p.Item1 + d * p.Item2 + f))
                .ToList();
            boxes.Add(new TextBox(content, size, corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y)));
        }

        return boxes;
    }

    private static double First(string? list) =>
        list is null ? 0 : Number(list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "0");

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    // SVG's transform: matrix(a b c d e f), or translate(e f) followed by rotate(angle).
    private static (double A, double B, double C, double D, double E, double F) Matrix(string transform)
    {
        if (MatrixForm().Match(transform) is { Success: true } m)
        {
            var v = m.Groups[1].Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(Number).ToArray();
            return (v[0], v[1], v[2], v[3], v[4], v[5]);
        }

        var translate = Translate().Match(transform);
        var (e, f) = translate.Success ? (Number(translate.Groups[1].Value), Number(translate.Groups[2].Value)) : (0, 0);
        var rotate = Rotate().Match(transform);
        var angle = rotate.Success ? Number(rotate.Groups[1].Value) * Math.PI / 180 : 0;
        return (Math.Cos(angle), Math.Sin(angle), -Math.Sin(angle), Math.Cos(angle), e, f);
    }

    [GeneratedRegex(@"matrix\(([^)]*)\)")]
    private static partial Regex MatrixForm();

    [GeneratedRegex(@"translate\(\s*([-\d.eE]+)[\s,]+([-\d.eE]+)\s*\)")]
    private static partial Regex Translate();

    [GeneratedRegex(@"rotate\(\s*([-\d.eE]+)")]
    private static partial Regex Rotate();
}

/// <summary>Text is measured through Skia's font matching, which other tests drawing charts at the same time disturbed once
/// (a title measured in a fallback font): these tests run alone.</summary>
[CollectionDefinition(ChartLayoutTests.Alone, DisableParallelization = true)]
public sealed class ChartLayoutCollection;
