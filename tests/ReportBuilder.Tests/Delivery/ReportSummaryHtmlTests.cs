using ReportBuilder.Delivery.Mail;
using ReportBuilder.Reports;

namespace ReportBuilder.Tests.Delivery;

/// <summary>The plain mail body built from the report model until the rich mail template arrives.</summary>
public sealed class ReportSummaryHtmlTests
{
    [Fact]
    public void Render_MarkupInEveryValue_IsEscaped()
    {
        var at = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var metric = new MetricView("m", "m", "A<B>", "", "value", "count", "none", 1, "1 & 2", Status.Fail, "< 2 \"x\"", 1, null, [], []);
        var model = new ReportModel(new ReportHeader("r", "<script>alert(1)</script>", "UTC", "en"), new PeriodView(at.AddMonths(-1), at, "Oct & Nov"),
            null, new Verdict(1, 0, 0, 1, 0, ["A<B>"], [], "0 of 1 targets met — missed: A<B>"), [metric], new ReportFooter(at, "", "", ""));

        var html = ReportSummaryHtml.Render(model, "Hi <team>");

        html.ShouldBe("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:sans-serif\">" +
            "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1><p>Oct &amp; Nov</p><p>Hi &lt;team&gt;</p>" +
            "<p><strong>0 of 1 targets met — missed: A&lt;B&gt;</strong></p>" +
            "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>Metric</th><th>Value</th><th>Target</th><th>Status</th><th>Change</th></tr>" +
            "<tr><td>A&lt;B&gt;</td><td>1 &amp; 2</td><td>&lt; 2 &quot;x&quot;</td><td>fail</td><td>—</td></tr></table></body></html>");
    }
}
