using System.Net;
using System.Text;
using ReportBuilder.Reports;

namespace ReportBuilder.Delivery.Mail;

/// <summary>A plain mail body from the report model: the verdict first, then one row per metric; every value HTML-escaped.</summary>
internal static class ReportSummaryHtml
{
    public static string Render(ReportModel model, string? intro)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:sans-serif\">");
        html.Append($"<h1>{E(model.Report.Title)}</h1><p>{E(model.Period.Label)}</p>");
        if (intro is not null)
        {
            html.Append($"<p>{E(intro)}</p>");
        }

        html.Append($"<p><strong>{E(model.Verdict.Headline)}</strong></p>");
        html.Append("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>Metric</th><th>Value</th><th>Target</th><th>Status</th><th>Change</th></tr>");
        foreach (var metric in model.Metrics)
        {
            html.Append($"<tr><td>{E(metric.Label)}</td><td>{E(metric.DisplayValue)}</td><td>{E(metric.Target ?? "—")}</td>" +
                $"<td>{E(metric.Status.ToWire())}</td><td>{E(metric.Previous?.DisplayChange ?? "—")}</td></tr>");
        }

        html.Append("</table></body></html>");
        return html.ToString();
    }

    public static string RenderText(ReportModel model, string? intro)
    {
        var text = new StringBuilder();
        text.AppendLine($"{model.Report.Title} — {model.Period.Label}");
        if (intro is not null)
        {
            text.AppendLine().AppendLine(intro);
        }

        text.AppendLine().AppendLine(model.Verdict.Headline).AppendLine();
        foreach (var metric in model.Metrics)
        {
            text.AppendLine($"{metric.Label}: {metric.DisplayValue} ({metric.Status.ToWire()}{(metric.Target is null ? "" : ", target " + metric.Target)})");
        }

        return text.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
