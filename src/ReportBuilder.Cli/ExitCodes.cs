namespace ReportBuilder.Cli;

/// <summary>The process exit codes documented in the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Unexpected = 1;
    public const int Definition = 2;
    public const int DataSource = 3;
}
