using System.Text.Encodings.Web;
using System.Text.Json;
using ReportBuilder.IO;
using ReportBuilder.Reports;

namespace ReportBuilder.Rendering.Json;

/// <summary>Writes the report model as the documented JSON format (docs/output.md, "JSON output").</summary>
public static class JsonReportWriter
{
    /// <summary>The version of the JSON format: 2 added the brief and each metric's theme and insights.</summary>
    public const int SchemaVersion = 2;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON document as UTF-8 bytes.</summary>
    public static byte[] Render(ReportModel model)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("schema_version", SchemaVersion);
            json.WriteStartObject("report");
            json.WriteString("id", model.Report.Id);
            json.WriteString("title", model.Report.Title);
            json.WriteString("timezone", model.Report.Timezone);
            json.WriteString("locale", model.Report.Locale);
            json.WriteEndObject();
            WritePeriod(json, "period", model.Period);
            if (model.Comparison is { } comparison)
            {
                WritePeriod(json, "comparison", comparison);
            }
            else
            {
                json.WriteNull("comparison");
            }

            WriteVerdict(json, model.Verdict);
            BriefJson.Write(json, model.Brief);
            json.WriteStartArray("metrics");
            foreach (var metric in model.Metrics)
            {
                WriteMetric(json, metric);
            }

            json.WriteEndArray();
            if (model.Scorecard is { } scorecard)
            {
                ScorecardJson.Write(json, scorecard);
            }

            json.WriteStartObject("generated");
            json.WriteString("at", model.Footer.GeneratedAt.UtcDateTime);
            json.WriteString("definition_hash", model.Footer.DefinitionHash);
            json.WriteString("source", model.Footer.Source);
            if (model.Footer.DataThrough is { } through)
            {
                json.WriteString("data_through", through.UtcDateTime);
            }
            else
            {
                json.WriteNull("data_through");
            }

            json.WriteStartArray("parameters");
            model.Footer.Parameters.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteStartArray("filters");
            model.Footer.Filters.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteStartArray("data_quality");
            foreach (var finding in model.Footer.DataQuality)
            {
                json.WriteStartObject();
                json.WriteString("table", finding.Table);
                json.WriteString("column", finding.Column);
                json.WriteString("problem", finding.Problem);
                json.WriteNumber("rows", finding.Rows);
                json.WriteString("since", finding.Since);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WritePeriod(Utf8JsonWriter json, string name, PeriodView period)
    {
        json.WriteStartObject(name);
        json.WriteString("start", period.Start.UtcDateTime);
        json.WriteString("end", period.End.UtcDateTime);
        json.WriteString("label", period.Label);
        json.WriteEndObject();
    }

    private static void WriteVerdict(Utf8JsonWriter json, Verdict verdict)
    {
        json.WriteStartObject("verdict");
        json.WriteNumber("targets", verdict.Targets);
        json.WriteNumber("passed", verdict.Passed);
        json.WriteNumber("warned", verdict.Warned);
        json.WriteNumber("failed", verdict.Failed);
        json.WriteNumber("no_data", verdict.NoData);
        json.WriteBoolean("no_data_at_all", verdict.NoDataAtAll);
        json.WriteString("headline", verdict.Headline);
        json.WriteString("summary", verdict.Summary);
        json.WriteEndObject();
    }

    // The SLA policy the value measures against: targets in hours by kind and priority, and each tier's own.
    private static void WriteSla(Utf8JsonWriter json, SlaPolicyView sla)
    {
        static void Targets(Utf8JsonWriter json, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> byKind)
        {
            foreach (var (kind, byPriority) in byKind)
            {
                json.WriteStartObject(kind);
                foreach (var (priority, hours) in byPriority)
                {
                    json.WriteNumber(priority, hours);
                }

                json.WriteEndObject();
            }
        }

        json.WriteStartObject("sla");
        json.WriteString("hours", sla.Hours);
        if (sla.Calendar is { } calendar)
        {
            json.WriteString("calendar", calendar);
        }

        Targets(json, sla.Targets);
        json.WriteStartObject("tiers");
        foreach (var (tier, byKind) in sla.Tiers)
        {
            json.WriteStartObject(tier);
            Targets(json, byKind);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>What names a metric and says how to read its values: in <c>metrics</c> and in <c>scorecard.metrics</c> alike.</summary>
    internal static void WriteIdentity(Utf8JsonWriter json, string name, string metric, string label, string stat, string unit, string direction)
    {
        json.WriteString("name", name);
        json.WriteString("metric", metric);
        json.WriteString("label", label);
        json.WriteString("stat", stat);
        json.WriteString("unit", unit);
        json.WriteString("direction", direction);
    }

    private static void WriteMetric(Utf8JsonWriter json, MetricView metric)
    {
        json.WriteStartObject();
        WriteIdentity(json, metric.Name, metric.Metric, metric.Label, metric.Stat, metric.Unit.ToWire(), metric.Direction.ToWire());
        WriteNumber(json, "value", metric.Value);
        json.WriteString("status", metric.Status.ToWire());
        if (metric.NoDataReason is not null)
        {
            json.WriteString("no_data_reason", metric.NoDataReason);
        }

        json.WriteString("target", metric.Target);
        json.WriteNumber("sample", metric.Sample);
        json.WriteString("theme", metric.Theme);
        if (metric.Calendars.Count > 0)
        {
            // Working hours: which calendar, and the hash of its definition (two reports with one hash measured alike).
            json.WriteStartArray("calendars");
            foreach (var calendar in metric.Calendars)
            {
                json.WriteStartObject();
                json.WriteString("name", calendar.Name);
                json.WriteString("hash", calendar.Hash);
                json.WriteString("description", calendar.Description);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (metric.Sla is { } sla)
        {
            WriteSla(json, sla);
        }

        if (metric.Previous is { } previous)
        {
            json.WriteStartObject("previous");
            WriteNumber(json, "value", previous.Value);
            json.WriteString("status", previous.Status.ToWire());
            WriteNumber(json, "change", previous.Change);
            json.WriteString("trend", previous.Trend);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("previous");
        }

        json.WriteStartObject("breakdowns");
        foreach (var breakdown in metric.Breakdowns)
        {
            json.WriteStartArray(breakdown.Dimension);
            foreach (var row in breakdown.Rows)
            {
                json.WriteStartObject();
                json.WriteString("key", row.WholeKey);
                WriteNumber(json, "value", row.Value);
                json.WriteString("status", row.Status.ToWire());
                json.WriteNumber("sample", row.Sample);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteStartArray("trend");
        foreach (var point in metric.Trend)
        {
            json.WriteStartObject();
            json.WriteString("start", point.Start.UtcDateTime);
            json.WriteString("end", point.End.UtcDateTime);
            json.WriteString("label", point.Label);
            WriteNumber(json, "value", point.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        BriefJson.WriteInsight(json, metric);
        json.WriteEndObject();
    }

    internal static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
