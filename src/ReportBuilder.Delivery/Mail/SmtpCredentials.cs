using System.Net;
using ReportBuilder.Delivery.Schedules;
using ReportBuilder.IO;

namespace ReportBuilder.Delivery.Mail;

/// <summary>Finds the SMTP login: the file named by <c>credentials_file</c> (lines <c>username=…</c> and <c>password=…</c>),
/// else the environment variables; none means no login. Messages name where to look, never the secret.</summary>
internal static class SmtpCredentials
{
    private const int MaxBytes = SmtpSettings.CredentialsMaxBytes;

    public static NetworkCredential? Resolve(SmtpSettings settings, Func<string, string?> environment)
    {
        string? user, password;
        if (settings.CredentialsFile is { } file)
        {
            // Bounded: a device (/dev/zero), a pipe or a huge file is refused, never read to its end.
            var (text, refusal) = BoundedFile.ReadText(file, MaxBytes);
            if (text is null)
            {
                throw new InvalidOperationException(refusal == BoundedFile.Refusal.Missing
                    ? $"smtp.credentials_file {file} does not exist"
                    : $"smtp.credentials_file {file}: {BoundedFile.Describe(refusal, MaxBytes)}");
            }

            var lines = text.Split('\n').Select(l => l.TrimEnd('\r').Split('=', 2)).Where(p => p.Length == 2)
                .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
            user = lines.GetValueOrDefault("username");
            password = lines.GetValueOrDefault("password");
        }
        else
        {
            user = environment(settings.UsernameVariable);
            password = environment(settings.PasswordVariable);
        }

        if (string.IsNullOrEmpty(user))
        {
            return null;
        }

        return string.IsNullOrEmpty(password)
            ? throw new InvalidOperationException(settings.CredentialsFile is null
                ? $"{settings.UsernameVariable} is set but {settings.PasswordVariable} is not: set both, or neither for no login"
                : $"smtp.credentials_file {settings.CredentialsFile} has a username= line but no password= line")
            : new NetworkCredential(user, password);
    }
}
