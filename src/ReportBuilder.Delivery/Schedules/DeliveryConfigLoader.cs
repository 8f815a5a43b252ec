using System.Globalization;
using System.Text.RegularExpressions;
using MailKit.Security;
using MimeKit;
using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Delivery.Schedules;

/// <summary>Reads a deliveries file (<c>deliveries.yaml</c>) into checked definitions; every problem is a diagnostic at
/// <c>file:line:col</c>.</summary>
internal static partial class DeliveryConfigLoader
{
    // The keys come from the shapes the JSON Schema is generated from (DeliverySchema), so the two cannot disagree.
    private static readonly string[] FileKeys = [.. DeliverySchema.File.KeyNames];
    // username and password are read only to say where credentials go instead.
    private static readonly string[] SmtpKeys = [.. DeliverySchema.Smtp.KeyNames, "username", "password"];
    private static readonly string[] RetryKeys = [.. DeliverySchema.Retry.KeyNames];
    private static readonly string[] DeliveryKeys = [.. DeliverySchema.Delivery.KeyNames];
    private static readonly string[] ReadyKeys = [.. DeliverySchema.Ready.KeyNames];
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

        var root = yaml.Mapping(yaml.Root, "the deliveries file", FileKeys);
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        var smtp = root.TryGetValue("smtp", out var smtpNode) ? ParseSmtp(yaml, smtpNode.Value, folder) : null;
        if (smtp is null && !root.ContainsKey("smtp"))
        {
            diagnostics.Error(yaml.At(yaml.Root), "missing key 'smtp': the mail server, e.g. smtp: { host: mail.example.com, port: 587, from: reports@example.com }");
        }

        var deliveries = new List<DeliveryDefinition>();
        if (!root.TryGetValue("deliveries", out var list) || list.Value is not YamlSequenceNode sequence)
        {
            diagnostics.Error(root.TryGetValue("deliveries", out var bad) ? yaml.At(bad.Value) : yaml.At(yaml.Root),
                "deliveries must be a list of deliveries, each with id, report, schedule and recipients");
        }
        else
        {
            foreach (var item in sequence.Children)
            {
                if (ParseDelivery(yaml, diagnostics, item, folder) is { } delivery)
                {
                    if (deliveries.Any(d => d.Id == delivery.Id))
                    {
                        yaml.Error(item, $"duplicate delivery id '{delivery.Id}': ids name the ledger's records and must differ");
                    }

                    deliveries.Add(delivery);
                }
            }
        }

        return diagnostics.HasErrors ? null : new DeliveryConfig(path, smtp!, deliveries);
    }

    private static SmtpSettings? ParseSmtp(YamlSource yaml, YamlNode node, string folder)
    {
        var keys = yaml.Mapping(node, "smtp", SmtpKeys);
        foreach (var secret in new[] { "username", "password" }.Where(keys.ContainsKey))
        {
            yaml.Error(keys[secret].Key, $"credentials never go in YAML: set {SmtpSettings.DefaultUsernameVariable} and " +
                $"{SmtpSettings.DefaultPasswordVariable} in the environment, or name a file with credentials_file");
        }

        var host = Required(yaml, keys, "host", node, "smtp");
        var port = keys.TryGetValue("port", out var p) ? Integer(yaml, p.Value, "smtp.port", DeliverySchema.Smtp["port"]) : 587;
        var security = Security(yaml, keys);
        var from = keys.TryGetValue("from", out var f) ? Addresses(yaml, f.Value, "smtp.from").FirstOrDefault() : null;
        if (!keys.ContainsKey("from"))
        {
            yaml.Error(node, "missing key 'from' in smtp: the sender, e.g. from: \"Support reports <reports@example.com>\"");
        }

        var (attempts, delay) = (3, TimeSpan.FromSeconds(2));
        if (keys.TryGetValue("retry", out var retry))
        {
            var retryKeys = yaml.Mapping(retry.Value, "smtp.retry", RetryKeys);
            attempts = retryKeys.TryGetValue("attempts", out var a) ? Integer(yaml, a.Value, "smtp.retry.attempts", DeliverySchema.Retry["attempts"]) ?? attempts : attempts;
            delay = retryKeys.TryGetValue("delay_seconds", out var d) ? Seconds(yaml, d.Value, "smtp.retry.delay_seconds") ?? delay : delay;
        }

        var timeout = keys.TryGetValue("timeout_seconds", out var t) ? Integer(yaml, t.Value, "smtp.timeout_seconds", DeliverySchema.Smtp["timeout_seconds"]) ?? 60 : 60;
        var credentials = keys.TryGetValue("credentials_file", out var c) ? yaml.Text(c.Value, "smtp.credentials_file") : null;
        if (credentials is not null
            && IO.BoundedFile.Check(System.IO.Path.Combine(folder, credentials), SmtpSettings.CredentialsMaxBytes) is var refusal
            && refusal is IO.BoundedFile.Refusal.NotRegular or IO.BoundedFile.Refusal.TooLarge)
        {
            // validate and run-due say so at the value, before anything reads it (a missing file may still be provisioned).
            yaml.Error(c.Value, $"smtp.credentials_file {credentials}: {IO.BoundedFile.Describe(refusal, SmtpSettings.CredentialsMaxBytes)}");
        }

        return host is null || port is null || from is null ? null : new SmtpSettings(host, port.Value, security, from,
            Text(yaml, keys, "username_env") ?? SmtpSettings.DefaultUsernameVariable,
            Text(yaml, keys, "password_env") ?? SmtpSettings.DefaultPasswordVariable,
            credentials is null ? null : System.IO.Path.Combine(folder, credentials),
            attempts, delay, TimeSpan.FromSeconds(timeout));
    }

    private static SecureSocketOptions Security(YamlSource yaml, IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> keys)
    {
        if (!keys.TryGetValue("security", out var node))
        {
            return SecureSocketOptions.StartTls;
        }

        // The values come from the shape the schema's enum is written from; each maps to MailKit's option below.
        var text = yaml.Text(node.Value, "smtp.security");
        if (text is null || !DeliverySchema.Security.Values!.Contains(text))
        {
            yaml.Error(node.Value, $"unknown smtp.security '{text}': use starttls (port 587), tls (port 465) or none (a local relay)");
            return SecureSocketOptions.StartTls;
        }

        return text switch
        {
            "tls" => SecureSocketOptions.SslOnConnect,
            "none" => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
    }

    private static TimeSpan? Seconds(YamlSource yaml, YamlNode node, string what)
    {
        var text = yaml.Text(node, what);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and <= 3600)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        yaml.Error(node, $"{what} must be a number of seconds from 0 to 3600, not '{text}'");
        return null;
    }

    /// <summary>A whole number within the bounds of its shape in <see cref="DeliverySchema"/>.</summary>
    private static int? Integer(YamlSource yaml, YamlNode node, string what, Shape shape) =>
        shape is IntegerShape bounds ? yaml.Integer(node, what, bounds.Min, bounds.Max) : throw new ArgumentException($"{what} is not a number", nameof(shape));

    private static string? Text(YamlSource yaml, IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, string key) =>
        keys.TryGetValue(key, out var node) ? yaml.Text(node.Value, key) : null;

    private static string? Required(YamlSource yaml, IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, string key,
        YamlNode parent, string what)
    {
        var value = Text(yaml, keys, key);
        if (value is null && !keys.ContainsKey(key))
        {
            yaml.Error(parent, $"missing key '{key}' in {what}");
        }

        return value;
    }

    /// <summary>Addresses parsed by MimeKit; a malformed one, or one with a line break, is an error at its position.</summary>
    private static List<MailboxAddress> Addresses(YamlSource yaml, YamlNode? node, string what)
    {
        var result = new List<MailboxAddress>();
        foreach (var scalar in yaml.ScalarList(node, what))
        {
            var text = scalar.Value!;
            if (text.Any(char.IsControl) || !MailboxAddress.TryParse(ParserOptions.Default, text, out var address) ||
                !ValidAddress().IsMatch(address.Address))
            {
                yaml.Error(scalar, $"'{text}' in {what} is not an email address: use name@example.com or \"Name <name@example.com>\"");
                continue;
            }

            result.Add(address);
        }

        return result;
    }

    [GeneratedRegex(@"^[^@\s<>,;""]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$")]
    private static partial Regex ValidAddress();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    private static RecipientList Recipients(YamlSource yaml, IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, string prefix) =>
        new(Addresses(yaml, keys.GetValueOrDefault("to").Value, prefix + "to"),
            Addresses(yaml, keys.GetValueOrDefault("cc").Value, prefix + "cc"),
            Addresses(yaml, keys.GetValueOrDefault("bcc").Value, prefix + "bcc"));
}
