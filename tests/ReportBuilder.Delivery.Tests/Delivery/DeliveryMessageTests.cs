using MimeKit;
using ReportBuilder.Delivery.Mail;
using ReportBuilder.Delivery.Schedules;
using ReportBuilder.Rendering.Email;
using ReportBuilder.Reports;
using ReportBuilder.Rules;

namespace ReportBuilder.Tests.Delivery;

/// <summary>A delivery's mail body is the email template (every language), with the delivery's own words above it.</summary>
public sealed class DeliveryMessageTests
{
    [Fact]
    public async Task Build_MarkupInEveryValue_IsEscaped()
    {
        var at = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var metric = new MetricView("m", "m", "A<B>", "", "value", ReportBuilder.Definitions.MetricUnit.Count, ReportBuilder.Definitions.MetricDirection.None, 1, "1 & 2", Status.Fail, "< 2 \"x\"", 1, null, [], []);
        var model = new ReportModel(new ReportHeader("r", "<script>alert(1)</script>", "UTC", "en"), new PeriodView(at.AddMonths(-1), at, "Oct & Nov"),
            null, new Verdict(1, 0, 0, 1, 0, ["A<B>"], [], "0 of 1 targets met — missed: A<B>"), [metric], new ReportFooter(at, "", "", ""));
        var body = await new EmailReportBuilder(TestEnvironment.Html())
            .RenderBodyAsync(model, [], CancellationToken.None);
        var report = new RenderedReport(model, [], body.Html, body.Text);

        var message = DeliveryMessage.Build(new MailboxAddress("Reports", "reports@example.com"), RecipientList.Empty, "s", "Hi <team>", report, "id@example.com");

        var html = message.HtmlBody!;
        html.ShouldNotContain("<script>");
        html.ShouldNotContain("A<B>");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.ShouldContain("Oct &amp; Nov");
        html.ShouldContain(">Hi &lt;team&gt;</p>");
        html.ShouldContain("0 of 1 targets met — missed: A&lt;B&gt;");
        html.ShouldContain("1 &amp; 2");
        message.TextBody.ShouldStartWith("Hi <team>\n\n");
        message.TextBody.ShouldContain("A<B>");
    }
}
