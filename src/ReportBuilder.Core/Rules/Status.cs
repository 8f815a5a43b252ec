namespace ReportBuilder.Rules;

/// <summary>The outcome of comparing a value with its target.</summary>
public enum Status
{
    /// <summary>No target applies.</summary>
    None,
    /// <summary>The pass rule holds.</summary>
    Pass,
    /// <summary>The pass rule fails but the warn rule holds.</summary>
    Warn,
    /// <summary>Neither rule holds.</summary>
    Fail,
    /// <summary>There is no value in the period.</summary>
    NoData,
    /// <summary>The value rests on fewer rows than the metric's minimum sample.</summary>
    InsufficientData,
}

/// <summary>The wire names of statuses, as used in JSON and templates.</summary>
public static class StatusNames
{
    /// <summary>pass, warn, fail, no_data, none, insufficient_data.</summary>
    public static string ToWire(this Status status) => status switch
    {
        Status.Pass => "pass",
        Status.Warn => "warn",
        Status.Fail => "fail",
        Status.NoData => "no_data",
        Status.InsufficientData => "insufficient_data",
        _ => "none",
    };
}
