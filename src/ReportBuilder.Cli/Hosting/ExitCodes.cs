namespace ReportBuilder.Cli.Hosting;

/// <summary>The process exit codes documented in docs/cli.md (a test checks every one is there).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Unexpected = 1;
    public const int Definition = 2;
    public const int DataSource = 3;

    /// <summary><c>run-due</c>: a mail could not be sent (it is retried later or recorded as failed).</summary>
    public const int DeliveryFailed = 4;

    /// <summary>Chromium is missing, did not answer in time or failed while printing a PDF; it was stopped with all its processes.</summary>
    public const int Browser = 5;

    /// <summary>Stopped by Ctrl+C (SIGINT) after cleaning up: 128 + the signal's number, as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM after cleaning up.</summary>
    public const int Terminated = 143;

    /// <summary><c>run</c>: the files are written, but no metric has data (a filter that matches nothing, an empty period).</summary>
    public const int NoData = 6;

    /// <summary><c>import</c>: a file is not the vendor's export as documented (truncated JSON, an unknown status, a time without
    /// a zone, a duplicate id, another vendor's file); nothing was written.</summary>
    public const int ImportInput = 7;
}
