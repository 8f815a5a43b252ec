using System.Net;
using MailKit.Net.Smtp;
using MimeKit;
using ReportBuilder.Delivery.Schedules;

namespace ReportBuilder.Delivery.Mail;

/// <summary>How a send ended: sent, worth retrying later (connection refused, 4xx), permanent (5xx: a rejected recipient),
/// or a refused login (535/530), which ends sending for the run.</summary>
internal enum SendStatus
{
    Sent,
    Transient,
    Permanent,
    LoginRefused,
}

/// <summary>The result of sending one mail, with a reason fit for the ledger (never a credential).</summary>
/// <param name="Rejected">Recipients the server refused while it took the mail for the others, each with its reply.</param>
internal sealed record SendOutcome(SendStatus Status, string Detail, IReadOnlyList<string>? Rejected = null);

/// <summary>Sends one mail.</summary>
internal interface IMailSender
{
    Task<SendOutcome> SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>Sends over SMTP with MailKit, retrying transient failures with doubling waits within the run.</summary>
internal sealed class SmtpMailSender(SmtpSettings settings, NetworkCredential? credentials, TimeProvider clock) : IMailSender
{
    public async Task<SendOutcome> SendAsync(MimeMessage message, CancellationToken ct)
    {
        var outcome = new SendOutcome(SendStatus.Transient, "not attempted");
        for (var attempt = 1; attempt <= settings.RetryAttempts; attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(settings.RetryDelay * Math.Pow(2, attempt - 2), clock, ct);
            }

            outcome = await TrySendAsync(message, ct);
            if (outcome.Status != SendStatus.Transient)
            {
                return outcome;
            }
        }

        return outcome with { Detail = $"{outcome.Detail} (after {settings.RetryAttempts} attempts)" };
    }

    private async Task<SendOutcome> TrySendAsync(MimeMessage message, CancellationToken ct)
    {
        using var client = new RecipientTolerantClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, settings.Security, ct);
            if (credentials is not null)
            {
                // One mechanism, one login: MailKit would otherwise try each the server offers, each a failed login.
                foreach (var other in client.AuthenticationMechanisms.Where(m => m != PreferredMechanism(client.AuthenticationMechanisms)).ToList())
                {
                    client.AuthenticationMechanisms.Remove(other);
                }

                await client.AuthenticateAsync(credentials, ct);
            }

            var reply = await client.SendAsync(message, ct);
            await QuitAsync(client);
            return client.Rejected.Count == 0
                ? new SendOutcome(SendStatus.Sent, $"accepted by {settings.Host}:{settings.Port}: {reply}")
                : new SendOutcome(SendStatus.Sent, $"accepted by {settings.Host}:{settings.Port} for the other recipients: {reply}", client.Rejected);
        }
        catch (MailKit.Security.AuthenticationException ex)
        {
            return new SendOutcome(SendStatus.LoginRefused, $"{settings.Host}:{settings.Port} refused the login: {ex.Message}");
        }
        catch (SmtpCommandException ex) when (ex.StatusCode is SmtpStatusCode.AuthenticationRequired or SmtpStatusCode.AuthenticationInvalidCredentials)
        {
            return new SendOutcome(SendStatus.LoginRefused, $"{settings.Host}:{settings.Port} refused the login: {(int)ex.StatusCode} {ex.Message}");
        }
        catch (SmtpCommandException) when (client.Rejected.Count > 0 && client.NoneAccepted)
        {
            return new SendOutcome(SendStatus.Permanent, string.Join("; ", client.Rejected), client.Rejected);
        }
        catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500)
        {
            return new SendOutcome(SendStatus.Permanent, Describe(ex));
        }
        catch (SmtpCommandException ex)
        {
            return new SendOutcome(SendStatus.Transient, Describe(ex));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return new SendOutcome(SendStatus.Transient, $"{settings.Host}:{settings.Port}: {ex.Message}");
        }
    }

    /// <summary>Says goodbye after the server accepted the message: the mail is sent whatever happens now, so neither a stop
    /// nor a lost connection may turn it into a failure (which would release it to be sent again).</summary>
    private static async Task QuitAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or MailKit.Net.Smtp.SmtpCommandException or TimeoutException)
        {
            // Accepted already: a connection that ends badly changes nothing.
        }
    }

    /// <summary>The strongest SASL mechanism both sides know, in MailKit's own order of preference.</summary>
    private static string? PreferredMechanism(IReadOnlyCollection<string> offered) =>
        new[] { "SCRAM-SHA-512", "SCRAM-SHA-256", "SCRAM-SHA-1", "PLAIN", "LOGIN" }.FirstOrDefault(offered.Contains) ?? offered.FirstOrDefault();

    /// <summary>Sends to the recipients the server accepts and keeps the others' replies, where MailKit would give up the whole
    /// mail at the first refused recipient.</summary>
    private sealed class RecipientTolerantClient : SmtpClient
    {
        private readonly List<string> _rejected = [];

        public IReadOnlyList<string> Rejected => _rejected;

        public bool NoneAccepted { get; private set; }

        protected override void OnRecipientNotAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response) =>
            _rejected.Add($"recipient {mailbox.Address} rejected: {(int)response.StatusCode} {response.Response}");

        protected override void OnNoRecipientsAccepted(MimeMessage message)
        {
            NoneAccepted = true;
            throw new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, "no recipient was accepted");
        }
    }

    private static string Describe(SmtpCommandException ex) => ex.ErrorCode switch
    {
        SmtpErrorCode.RecipientNotAccepted => $"recipient {ex.Mailbox} rejected: {(int)ex.StatusCode} {ex.Message}",
        SmtpErrorCode.SenderNotAccepted => $"sender {ex.Mailbox} rejected: {(int)ex.StatusCode} {ex.Message}",
        _ => $"message rejected: {(int)ex.StatusCode} {ex.Message}",
    };
}
