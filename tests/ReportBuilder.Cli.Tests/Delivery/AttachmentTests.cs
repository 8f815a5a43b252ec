using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using MimeKit;
using static ReportBuilder.Testing.DeliveryWorld;

namespace ReportBuilder.Tests.Delivery;

/// <summary><c>attach:</c> end to end: the real CLI renders the delivery's formats and a real SMTP server receives the mail;
/// the attachments are read back as a mail client would.</summary>
[Trait(TestCategory.Name, TestCategory.Smtp)]
public sealed class AttachmentTests
{
    private static readonly XNamespace Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    // October 2026 in DeliveryWorld, counted by hand: 5 tickets, Ann 2 (2 and 20 October), Bob 2 (5 and 6), Cid 1 (30th).
    private static readonly (string Dimension, string Group, double Value)[] October =
        [("(all)", "", 5), ("agent", "Ann", 2), ("agent", "Bob", 2), ("agent", "Cid", 1)];

    [Fact]
    public async Task AttachCsvAndXlsx_TheMailCarriesACsvPerMetricAndTheWorkbook()
    {
        var attachments = await AttachmentsOfTheMailAsync("[csv, xlsx]");

        attachments.Select(a => (a.FileName, a.ContentType.MimeType)).ShouldBe(
            [("monthly-ticket_volume.csv", "text/csv"), ("monthly.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
            ignoreOrder: true);
        attachments.ShouldAllBe(a => a.ContentDisposition != null && a.ContentDisposition.Disposition == ContentDisposition.Attachment);
        // Text without a charset is US-ASCII to a mail client (RFC 2046): the CSV says it is UTF-8.
        attachments.Single(a => a.FileName!.EndsWith(".csv", StringComparison.Ordinal)).ContentType.Charset.ShouldBe("utf-8");

        // The CSV as a spreadsheet reads it: UTF-8 with a byte-order mark, the table's columns, October's counts.
        var csv = Bytes(attachments.Single(a => a.FileName == "monthly-ticket_volume.csv"));
        csv[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("metric,dimension,group,value,shown,status,sample,previous,previous_shown,change,change_shown,contribution,contribution_shown,gap,gap_shown");
        lines.Skip(1).Select(l => l.Split(',')).Select(c => (c[0], c[1], c[2], double.Parse(c[3], CultureInfo.InvariantCulture)))
            .ShouldBe(October.Select(o => ("ticket_volume", o.Dimension, o.Group, o.Value)), ignoreOrder: true);

        // The workbook: one sheet named after the metric, the same rows with the counts as number cells.
        using var zip = new ZipArchive(new MemoryStream(Bytes(attachments.Single(a => a.FileName == "monthly.xlsx"))));
        XDocument Part(string path) => XDocument.Load(zip.GetEntry(path)!.Open());
        Part("xl/workbook.xml").Descendants(Sheet + "sheet").Select(s => (string)s.Attribute("name")!).ShouldBe(["ticket_volume"]);
        var strings = zip.GetEntry("xl/sharedStrings.xml") is null ? [] : Part("xl/sharedStrings.xml").Descendants(Sheet + "si").Select(s => s.Value).ToList();
        string Text(XElement c) => (string?)c.Attribute("t") == "s" ? strings[int.Parse(c.Value, CultureInfo.InvariantCulture)] : c.Value;
        var rows = Part("xl/worksheets/sheet1.xml").Descendants(Sheet + "row")
            .Select(r => r.Elements(Sheet + "c").ToDictionary(c => ((string)c.Attribute("r")!).TrimEnd("0123456789".ToCharArray()))).ToList();
        rows[0].Values.Select(Text).ShouldBe(["metric", "dimension", "group", "value", "shown", "status", "sample", "previous", "previous_shown", "change", "change_shown", "contribution", "contribution_shown", "gap", "gap_shown"]);
        rows.Skip(1).ShouldAllBe(r => (string?)r["D"].Attribute("t") == null || (string?)r["D"].Attribute("t") == "n");
        rows.Skip(1).Select(r => (Text(r["A"]), Text(r["B"]), r.TryGetValue("C", out var g) ? Text(g) : "", double.Parse(r["D"].Value, CultureInfo.InvariantCulture)))
            .ShouldBe(October.Select(o => ("ticket_volume", o.Dimension, o.Group, o.Value)), ignoreOrder: true);
    }

    [Fact]
    public async Task AttachHtml_TheMailCarriesTheHtmlReport()
    {
        var html = (await AttachmentsOfTheMailAsync("[html]")).ShouldHaveSingleItem();

        (html.FileName, html.ContentType.MimeType, html.ContentType.Charset).ShouldBe(("monthly.html", "text/html", "utf-8"));
        html.ContentDisposition?.Disposition.ShouldBe(ContentDisposition.Attachment);
        html.ContentDisposition.ShouldNotBeNull();
        var page = Encoding.UTF8.GetString(Bytes(html));
        page.ShouldStartWith("<!DOCTYPE html>", Case.Insensitive);
        page.ShouldContain("October 2026");
        page.ShouldContain("Ticket volume");
        page.ShouldContain("<svg");   // the report's charts travel inside the page
    }

    /// <summary>Runs the monthly delivery due on 1 November with <c>attach: <paramref name="attach"/></c> against a real SMTP
    /// server, and returns the attachments of the one mail that arrived.</summary>
    private static async Task<List<MimePart>> AttachmentsOfTheMailAsync(string attach)
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly.Replace("attach: [json]", $"attach: {attach}", StringComparison.Ordinal));

        var outcome = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));

        outcome.Errors.ShouldBe("");
        outcome.ExitCode.ShouldBe(0);
        var (message, _) = smtp.Messages().ShouldHaveSingleItem();
        return message.Attachments.OfType<MimePart>().ToList();
    }

    private static byte[] Bytes(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }
}
