using System.Text.Json;
using ReportBuilder.IO;
using ReportBuilder.Reports;

namespace ReportBuilder.Rendering.Json;

/// <summary>The JSON of a report's scorecards (docs/output.md, "Scorecards"): the metrics with the pooled value and the
/// members' median, then a page per member with each value, its rank, trend and sample.</summary>
internal static class ScorecardJson
{
    public static void Write(Utf8JsonWriter json, ScorecardView scorecard)
    {
        json.WriteStartObject("scorecard");
        json.WriteString("per", scorecard.Per);
        json.WriteString("credit", scorecard.Credit);
        json.WriteNumber("min_sample", scorecard.MinSample);
        json.WriteStartArray("metrics");
        foreach (var metric in scorecard.Metrics)
        {
            json.WriteStartObject();
            JsonReportWriter.WriteIdentity(json, metric.Name, metric.Metric, metric.Label, metric.Stat, metric.Unit.ToWire(), metric.Direction.ToWire());
            json.WriteString("target", metric.Target);
            JsonReportWriter.WriteNumber(json, "value", metric.Value);
            json.WriteString("status", metric.Status.ToWire());
            json.WriteNumber("sample", metric.Sample);
            JsonReportWriter.WriteNumber(json, "median", metric.Median);
            json.WriteNumber("ranked", metric.Ranked);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("members");
        foreach (var page in scorecard.Pages)
        {
            json.WriteStartObject();
            json.WriteString("key", page.WholeKey);
            json.WriteStartObject("values");
            foreach (var value in page.Values)
            {
                json.WriteStartObject(value.Name);
                JsonReportWriter.WriteNumber(json, "value", value.Value);
                json.WriteString("status", value.Status.ToWire());
                json.WriteNumber("sample", value.Sample);
                json.WriteBoolean("too_few", value.TooFew);
                if (value.Rank is { } rank)
                {
                    json.WriteNumber("rank", rank);
                }
                else
                {
                    json.WriteNull("rank");
                }

                JsonReportWriter.WriteNumber(json, "previous", value.Previous?.Value);
                json.WriteStartArray("trend");
                foreach (var point in value.Trend)
                {
                    json.WriteStartObject();
                    json.WriteString("start", point.Start.UtcDateTime);
                    JsonReportWriter.WriteNumber(json, "value", point.Value);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
