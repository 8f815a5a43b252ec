using System.Text.Json;
using ReportBuilder.IO;
using ReportBuilder.Reports;

namespace ReportBuilder.Rendering.Json;

/// <summary>The brief and the metrics' insights in the JSON format (docs/output.md, "JSON output").</summary>
internal static class BriefJson
{
    public static void Write(Utf8JsonWriter json, Brief brief)
    {
        json.WriteStartObject("brief");
        json.WriteString("kind", brief.Kind);
        json.WriteString("headline", brief.Headline);
        json.WriteStartArray("sentences");
        brief.Sentences.ToList().ForEach(json.WriteStringValue);
        json.WriteEndArray();
        Names(json, "attention", brief.Attention);
        json.WriteStartArray("themes");
        foreach (var theme in brief.Themes)
        {
            json.WriteStartObject();
            json.WriteString("theme", theme.Theme);
            json.WriteString("label", theme.Label);
            Names(json, "rows", theme.Rows);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("movers");
        foreach (var mover in brief.Movers)
        {
            json.WriteStartObject();
            json.WriteString("name", mover.Name);
            json.WriteNumber("score", mover.Score);
            json.WriteString("trend", mover.Trend);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteInsight(Utf8JsonWriter json, MetricView metric)
    {
        var insight = metric.Insight;
        json.WriteStartObject("insights");
        if (insight.Distance is { } distance)
        {
            json.WriteStartObject("distance");
            json.WriteNumber("value", distance.Value);
            json.WriteString("side", distance.Side);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("distance");
        }

        if (insight.Streak is { } streak)
        {
            json.WriteStartObject("streak");
            json.WriteString("status", streak.Status.ToWire());
            json.WriteNumber("periods", streak.Periods);
            json.WriteString("bounded", streak.Bound);
            if (streak.Since is { } since)
            {
                json.WriteStartObject("since");
                json.WriteString("start", since.Start.UtcDateTime);
                json.WriteString("end", since.End.UtcDateTime);
                json.WriteString("label", since.Label);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("since");
            }

            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("streak");
        }

        json.WriteString("transition", insight.Transition);
        JsonReportWriter.WriteNumber(json, "mover_score", insight.MoverScore);
        if (metric.Shape is { } shape)
        {
            json.WriteStartObject("largest");
            json.WriteString("key", shape.WholeKey);
            json.WriteNumber("share", shape.Share);
            json.WriteEndObject();
        }

        json.WriteString("complement", metric.Companion?.Name);
        Sets(json, "drivers", insight.Drivers, set => (set.Dimension, set.Exact, set.Top.Select(p => p.WholeKey), set.Parts),
            set => json.WriteNumber("change", set.Change), part =>
            {
                json.WriteString("key", part.WholeKey);
                JsonReportWriter.WriteNumber(json, "value", part.Value);
                JsonReportWriter.WriteNumber(json, "previous_value", part.PreviousValue);
                json.WriteNumber("share", part.Share);
                json.WriteNumber("previous_share", part.PreviousShare);
                json.WriteNumber("rate_effect", part.RateEffect);
                json.WriteNumber("mix_effect", part.MixEffect);
                json.WriteNumber("total", part.Total);
                json.WriteNumber("sample", part.Sample);
                json.WriteBoolean("insufficient_data", part.InsufficientData);
            });
        Sets(json, "gap", insight.Gap, set => (set.Dimension, set.Exact, set.Top.Select(p => p.WholeKey), set.Parts),
            set => json.WriteNumber("gap", set.Gap), part =>
            {
                json.WriteString("key", part.WholeKey);
                JsonReportWriter.WriteNumber(json, "value", part.Value);
                json.WriteNumber("share", part.Share);
                JsonReportWriter.WriteNumber(json, "part", part.Part);
                json.WriteNumber("sample", part.Sample);
                json.WriteBoolean("insufficient_data", part.InsufficientData);
                json.WriteNumber("pooled", part.Pooled);
            });
        json.WriteEndObject();
    }

    // An object of one entry per dimension: exact, the set's own number, the top groups' keys, and every part.
    private static void Sets<TSet, TPart>(Utf8JsonWriter json, string name, IEnumerable<TSet> sets,
        Func<TSet, (string Dimension, bool Exact, IEnumerable<string> Top, IEnumerable<TPart> Parts)> shape, Action<TSet> own, Action<TPart> write)
    {
        json.WriteStartObject(name);
        foreach (var set in sets)
        {
            var (dimension, exact, top, parts) = shape(set);
            json.WriteStartObject(dimension);
            json.WriteBoolean("exact", exact);
            own(set);
            json.WriteStartArray("top");
            top.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteStartArray("parts");
            foreach (var part in parts)
            {
                json.WriteStartObject();
                write(part);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Names(Utf8JsonWriter json, string name, IEnumerable<MetricView> metrics)
    {
        json.WriteStartArray(name);
        metrics.Select(m => m.Name).ToList().ForEach(json.WriteStringValue);
        json.WriteEndArray();
    }
}
