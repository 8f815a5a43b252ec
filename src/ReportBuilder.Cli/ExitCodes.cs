namespace ReportBuilder.Cli;

/// <summary>The process exit codes documented in the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Unexpected = 1;
    public const int Definition = 2;
    public const int DataSource = 3;

    /// <summary><c>run-due</c>: a mail could not be sent (it is retried later or recorded as failed).</summary>
    public const int DeliveryFailed = 4;

    /// <summary><c>run</c>: the files are written, but no metric has data (a filter that matches nothing, an empty period).</summary>
    public const int NoData = 5;
}
