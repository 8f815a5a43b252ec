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

