using ReportBuilder.IO;
using ReportBuilder.Reports;
using ReportBuilder.Rules;

namespace ReportBuilder.Delivery.Schedules;

/// <summary>When a delivery's mail goes out, judged on the rendered report (<c>send_when:</c>). Only metrics with a target
/// count; a metric without data or with too few rows counts as not passing.</summary>
internal enum SendWhen
{
    /// <summary>Every occurrence (the default).</summary>
    Always,
    /// <summary>Some target did not pass: it warned, failed, or has no value to judge.</summary>
    NotAllPass,
    /// <summary>Some target failed.</summary>
    AnyFail,
    /// <summary>Some target's status differs from its status in the comparison period (the report needs <c>compare:</c>).</summary>
    StatusChanged,
}

internal static class SendWhenRules
{
    /// <summary>Why the mail of <paramref name="model"/> is not sent under <paramref name="when"/>, or null to send it.</summary>
    public static string? SkipReason(this SendWhen when, ReportModel model)
    {
        var targets = model.Metrics.Where(m => m.Status != Status.None).ToList();
        string Counts() => targets.Count == 0
            ? "the report has no metric with a target"
            : string.Join(", ", targets.GroupBy(m => m.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToWire()}"));
        return when switch
        {
            SendWhen.NotAllPass when targets.All(m => m.Status == Status.Pass) => $"send_when: not_all_pass: every target passed ({Counts()})",
            SendWhen.AnyFail when targets.All(m => m.Status != Status.Fail) => $"send_when: any_fail: no target failed ({Counts()})",
            SendWhen.StatusChanged when targets.All(m => m.Previous is { } p && p.Status == m.Status) =>
                $"send_when: status_changed: every target has the status it had in {model.Comparison?.Label ?? "the comparison period"} ({Counts()})",
            _ => null,
        };
    }
}
