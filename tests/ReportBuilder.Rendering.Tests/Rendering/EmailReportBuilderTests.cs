using System.Text;
using AngleSharp.Html.Parser;
using MimeKit;
using ReportBuilder.Rendering.Email;
using ReportBuilder.Reports;

namespace ReportBuilder.Tests.Rendering;

public sealed class EmailReportBuilderTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7 stand-in");

    private static async Task<MimeMessage> RoundTripAsync(ReportModel model)
    {
        var message = await new EmailReportBuilder(TestEnvironment.Html())
            .BuildAsync(model, Pdf, CancellationToken.None);
        using var stream = new MemoryStream();
        await message.WriteToAsync(stream);
        stream.Position = 0;
        return await MimeMessage.LoadAsync(stream);
    }

    [Fact]
    public async Task Build_NamesTheReportAndPeriod_AndLeavesTheAddressesToTheSender()
    {
        var message = await RoundTripAsync(SampleReports.Monthly());

        message.Subject.ShouldBe("Monthly support report — October 2026");
        message.Date.ShouldBe(new DateTimeOffset(2026, 11, 5, 12, 0, 0, TimeSpan.Zero));
        message.From.ShouldBeEmpty();
        message.To.ShouldBeEmpty();
    }

    [Fact]
    public async Task Build_WithAVerdict_CarriesItInTheSubject()
    {
        var model = SampleReports.Monthly() is var m ? m with { Verdict = m.Verdict with { Summary = "2 targets missed" } } : null!;

        var message = await RoundTripAsync(model);

        message.Subject.ShouldBe("Monthly support report — October 2026: 2 targets missed");
    }

    [Fact]
    public async Task Build_AttachesThePdf_AndEmbedsAPngForEachChartItShows_EachReferencedByCid()
    {
        var model = SampleReports.Monthly();
        // Only the failed metric (replies per ticket) has its section, so only its charts travel with the mail.
        var shown = TestEnvironment.Html().DrawCharts(model, CancellationToken.None).Where(c => c.Metric == "replies_per_ticket").Select(c => c.Id).ToList();
        shown.ShouldBe(["replies_per_ticket-trend", "replies_per_ticket-by-agent"]);

        var message = await RoundTripAsync(model);

        var pdf = message.Attachments.OfType<MimePart>().Single();
        pdf.ContentType.MimeType.ShouldBe("application/pdf");
        pdf.FileName.ShouldBe("monthly-support.pdf");
        Content(pdf).ShouldBe(Pdf);
        var related = message.BodyParts.OfType<MimePart>().Where(p => p.ContentType.MimeType == "image/png").ToList();
        related.Select(p => p.ContentId).ShouldBe(shown, ignoreOrder: true);
        related.ShouldAllBe(p => Content(p).Take(8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
        var page = new HtmlParser().ParseDocument(message.HtmlBody!);
        page.QuerySelectorAll("img").Select(i => i.GetAttribute("src")).ShouldBe(shown.Select(id => $"cid:{id}"), ignoreOrder: true);
        page.QuerySelectorAll("img").ShouldAllBe(i => !string.IsNullOrEmpty(i.GetAttribute("alt")));
    }

    [Fact]
    public async Task Build_WritesHtmlMailClientsRender_UnderNinetyKilobytes_EvenForLongBreakdowns()
    {
        var message = await RoundTripAsync(SampleReports.Monthly(agentRows: 8000));

        var html = message.HtmlBody!;
        Encoding.UTF8.GetByteCount(html).ShouldBeLessThan(90 * 1024);
        var page = new HtmlParser().ParseDocument(html);
        page.QuerySelectorAll("svg, script, link, img:not([src^='cid:'])").ShouldBeEmpty();
        // One style block, in the head; the body repeats no style per element beyond what clients need.
        page.QuerySelectorAll("style").Select(s => s.ParentElement!.LocalName).ShouldBe(["head"]);
        page.Body!.TextContent.ShouldContain("7990 more rows in the attached PDF");
    }

    [Fact]
    public async Task Build_ShowsEachMetricWithValueAndStatus_InHtmlAndPlainText()
    {
        var message = await RoundTripAsync(SampleReports.Monthly());

        var text = message.TextBody!;
        text.ShouldContain("1 of 2 targets met — missed: Replies per ticket");
        text.ShouldContain("* Replies per ticket: 3.25 — Fail (Target < 2 (warn ≤ 3)); +30.0% vs 2.50");
        text.ShouldContain("* Resolution rate: 95.0% — Pass");
        text.ShouldContain("* Ticket volume: 1,588");
        var rows = new HtmlParser().ParseDocument(message.HtmlBody!).QuerySelectorAll(".card-value .value").Select(s => s.TextContent).ToList();
        rows.ShouldBe(["3.25", "95.0%", "1,588"]);
    }

    [Fact]
    public async Task Build_ShowsTheFailedMetricsSection_WithItsDefinition_LinkedFromItsCard_AndSaysWhereTheOthersAre()
    {
        var message = await RoundTripAsync(SampleReports.Monthly());

        var page = new HtmlParser().ParseDocument(message.HtmlBody!);
        var sections = page.QuerySelectorAll("td.section");
        sections.Select(s => s.Id).ShouldBe(["metric-replies_per_ticket"]);
        sections[0].QuerySelector("h2")!.TextContent.ShouldBe("Replies per ticket");
        sections[0].QuerySelector("p.about")!.TextContent.ShouldBe("Replies a ticket needs");
        page.QuerySelectorAll(".cards a").Select(a => (a.GetAttribute("href"), a.TextContent)).ShouldBe([("#metric-replies_per_ticket", "Replies per ticket")]);
        // Resolution rate passed and ticket volume has no target: two metrics left to the PDF, and the mail says so.
        page.QuerySelector("td.note")!.TextContent.ShouldBe("2 more metrics (on target or without a target) are in the attached PDF, with every chart and breakdown.");
    }

    [Fact]
    public async Task Build_EscapesDataInTheHtmlBody_AndKeepsItReadableInPlainText()
    {
        const string agent = "<script>alert('x')</script>";
        var model = SampleReports.Monthly(agent) is var m
            ? m with { Report = m.Report with { Title = "Support <b>weekly</b>" } }
            : null!;

        var message = await RoundTripAsync(model);

        message.HtmlBody!.ShouldNotContain("<script>");
        message.HtmlBody!.ShouldContain("&lt;script&gt;");
        new HtmlParser().ParseDocument(message.HtmlBody!).QuerySelectorAll("script, b").ShouldBeEmpty();
        message.TextBody!.ShouldStartWith("Support <b>weekly</b> — October 2026");
        message.Subject.ShouldBe("Support <b>weekly</b> — October 2026");
    }

    private static byte[] Content(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }
}
