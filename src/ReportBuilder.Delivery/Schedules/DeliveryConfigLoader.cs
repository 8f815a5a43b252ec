using System.Globalization;
using System.Text.RegularExpressions;
using MailKit.Security;
using MimeKit;
using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Delivery.Schedules;

/// <summary>Reads a deliveries file (<c>deliveries.yaml</c>) into checked definitions; every problem is a diagnostic at
/// <c>file:line:col</c>.</summary>
internal static partial class DeliveryConfigLoader
{
    private static readonly string[] ReadyVariables = ["rows", "hours_since_end"];

    /// <summary>Loads and checks <paramref name="path"/>; throws <see cref="DefinitionException"/> listing every problem.</summary>
    public static DeliveryConfig Load(string path)
    {
        var diagnostics = new DiagnosticBag();
        if (!File.Exists(path))
        {
            throw new DefinitionException(SourceLocation.StartOf(path), "deliveries file not found: check the path");
        }

        var text = YamlSource.ReadFile(path, diagnostics);
        var config = text is null ? null : Parse(path, text, diagnostics);
        diagnostics.ThrowIfErrors();
        return config!;
    }

    /// <summary>Parses deliveries YAML; null when there were errors.</summary>
    public static DeliveryConfig? Parse(string path, string text, DiagnosticBag diagnostics)
    {
        var yaml = YamlSource.Load(path, text, diagnostics);
        if (yaml.Root is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error(SourceLocation.StartOf(path), "the deliveries file is empty: it needs smtp: and deliveries:");
            }

            return null;
        }

        var root = yaml.Read(yaml.Root, DeliveryFileKeys.Shape, "the deliveries file");
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        var smtp = root.Map(DeliveryFileKeys.Smtp) is { } smtpMap ? ParseSmtp(yaml, smtpMap, folder) : null;
        var deliveries = new List<DeliveryDefinition>();
        foreach (var item in root.Items(DeliveryFileKeys.Deliveries).OfType<CheckedMap>())
        {
            if (ParseDelivery(yaml, diagnostics, item, folder) is { } delivery)
            {
                if (deliveries.Any(d => d.Id == delivery.Id))
                {
                    yaml.Error(item.Node, $"duplicate delivery id '{delivery.Id}': ids name the ledger's records and must differ");
                }

                deliveries.Add(delivery);
            }
        }

        return diagnostics.HasErrors ? null : new DeliveryConfig(path, smtp!, deliveries);
    }

    private static SmtpSettings? ParseSmtp(YamlSource yaml, CheckedMap smtp, string folder)
    {
        var from = smtp.Scalar(SmtpKeys.From) is { } sender ? Address(yaml, sender, "smtp.from") : null;
        var (attempts, delay) = (3, TimeSpan.FromSeconds(2));
        if (smtp.Map(SmtpKeys.Retry) is { } retry)
        {
            attempts = retry.Integer(RetryKeys.Attempts) ?? attempts;
            delay = retry.Scalar(RetryKeys.DelaySeconds) is { } seconds ? Seconds(yaml, seconds, "smtp.retry.delay_seconds") ?? delay : delay;
        }

        var credentials = smtp.Scalar(SmtpKeys.CredentialsFile);
        if (credentials is not null
            && IO.BoundedFile.Check(System.IO.Path.Combine(folder, credentials.Text), SmtpSettings.CredentialsMaxBytes) is var refusal
            && refusal is IO.BoundedFile.Refusal.NotRegular or IO.BoundedFile.Refusal.TooLarge)
        {
            // validate and run-due say so at the value, before anything reads it (a missing file may still be provisioned).
            yaml.Error(credentials.Node, $"smtp.credentials_file {credentials.Text}: {IO.BoundedFile.Describe(refusal, SmtpSettings.CredentialsMaxBytes)}");
        }

        return smtp.Text(SmtpKeys.Host) is not { } host || from is null ? null : new SmtpSettings(host, smtp.Integer(SmtpKeys.Port) ?? 587,
            Security(smtp.Text(SmtpKeys.Security)), from,
            smtp.Text(SmtpKeys.UsernameEnv) ?? SmtpSettings.DefaultUsernameVariable,
            smtp.Text(SmtpKeys.PasswordEnv) ?? SmtpSettings.DefaultPasswordVariable,
            credentials is null ? null : System.IO.Path.Combine(folder, credentials.Text),
            attempts, delay, TimeSpan.FromSeconds(smtp.Integer(SmtpKeys.TimeoutSeconds) ?? 60));
    }

    // The values come from the shape the schema's enum is written from (DeliverySchema.Security), in its order.
    private static SecureSocketOptions Security(string? security) =>
        DeliverySchema.Security.Values!.ToList().IndexOf(security ?? "") switch
        {
            1 => SecureSocketOptions.SslOnConnect,
            2 => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };

    private static TimeSpan? Seconds(YamlSource yaml, CheckedScalar value, string what)
    {
        if (double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and <= 3600)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        yaml.Error(value.Node, $"{what} must be a number of seconds from 0 to 3600, not '{value.Text}'");
        return null;
    }

    /// <summary>Addresses parsed by MimeKit; a malformed one, or one with a line break, is an error at its position.</summary>
    private static List<MailboxAddress> Addresses(YamlSource yaml, IReadOnlyList<Checked> items, string what) =>
        [.. items.OfType<CheckedScalar>().Select(item => Address(yaml, item, what)).OfType<MailboxAddress>()];

    private static MailboxAddress? Address(YamlSource yaml, CheckedScalar item, string what)
    {
        var text = item.Text;
        if (text.Any(char.IsControl) || !MailboxAddress.TryParse(ParserOptions.Default, text, out var address) ||
            !ValidAddress().IsMatch(address.Address))
        {
            yaml.Error(item.Node, $"'{text}' in {what} is not an email address: use name@example.com or \"Name <name@example.com>\"");
            return null;
        }

        return address;
    }

    [GeneratedRegex(@"^[^@\s<>,;""]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$")]
    private static partial Regex ValidAddress();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    private static RecipientList Recipients(YamlSource yaml, CheckedMap delivery) =>
        new(Addresses(yaml, delivery.Items(DeliveryKeys.To), DeliveryKeys.To.Name),
            Addresses(yaml, delivery.Items(DeliveryKeys.Cc), DeliveryKeys.Cc.Name),
            Addresses(yaml, delivery.Items(DeliveryKeys.Bcc), DeliveryKeys.Bcc.Name));
}
