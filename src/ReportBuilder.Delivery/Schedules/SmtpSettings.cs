using MailKit.Security;
using MimeKit;

namespace ReportBuilder.Delivery.Schedules;

/// <summary>The SMTP server; credentials are read from the environment or <see cref="CredentialsFile"/>, never from YAML.</summary>
/// <param name="RetryAttempts">Connection attempts per mail within one run.</param>
/// <param name="RetryDelay">The wait before the second attempt; it doubles before each further one.</param>
internal sealed record SmtpSettings(
    string Host,
    int Port,
    SecureSocketOptions Security,
    MailboxAddress From,
    string UsernameVariable,
    string PasswordVariable,
    string? CredentialsFile,
    int RetryAttempts,
    TimeSpan RetryDelay,
    TimeSpan Timeout)
{
    public const string DefaultUsernameVariable = "REPORTBUILDER_SMTP_USERNAME";
    public const string DefaultPasswordVariable = "REPORTBUILDER_SMTP_PASSWORD";

    /// <summary>The largest credentials file read: two short lines need far less.</summary>
    public const int CredentialsMaxBytes = 64 * 1024;
}
