using Cronos;
using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;
using ReportBuilder.Expressions;
using ReportBuilder.IO;

namespace ReportBuilder.Delivery.Schedules;

internal static partial class DeliveryConfigLoader
{
    private static DeliveryDefinition? ParseDelivery(YamlSource yaml, DiagnosticBag diagnostics, CheckedMap delivery, string folder)
    {
        var errorsBefore = CountErrors(diagnostics);
        var id = delivery.Text(DeliveryKeys.Id);
        var report = delivery.Text(DeliveryKeys.Report);
        var cron = delivery.Scalar(DeliveryKeys.Schedule) is { } schedule ? Schedule(yaml, schedule) : null;
        var zone = Zone(yaml, delivery.Scalar(DeliveryKeys.Timezone));
        var recipients = Recipients(yaml, delivery);
        var burst = ParseBurst(yaml, delivery);
        if (burst is null && recipients.To.Count == 0 && delivery.Has(DeliveryKeys.Id))
        {
            yaml.Error(delivery.Node, $"delivery '{id}' has no recipients: add to: [name@example.com] (or for_each: with recipients:)");
        }
        else if (burst is { PerMember: true } && recipients.To.Count == 0)
        {
            yaml.Error(delivery.Node, $"delivery '{id}' sends each member their scorecard; the roll-up of every member goes to to: add to: [lead@example.com]");
        }

        var attach = delivery.Has(DeliveryKeys.Attach) ? delivery.Texts(DeliveryKeys.Attach).Select(f => f.Value).ToList() : null;
        var ready = Ready(yaml, diagnostics, delivery);
        if (CountErrors(diagnostics) > errorsBefore || id is null || report is null || cron is null)
        {
            return null;
        }

        return new DeliveryDefinition(id, Path.Combine(folder, report), cron.Value.Expression, cron.Value.Text, zone,
            delivery.Text(DeliveryKeys.Period), delivery.Text(DeliveryKeys.Db) is { } db ? Path.Combine(folder, db) : null, recipients,
            delivery.Text(DeliveryKeys.Subject) ?? "{title} — {period}: {verdict}", delivery.Text(DeliveryKeys.Body), attach,
            delivery.Flag(DeliveryKeys.SkipIfEmpty) ?? false,
            WireNames.Parse<SendWhen>(delivery.Text(DeliveryKeys.SendWhen)) ?? SendWhen.Always, ready, burst,
            delivery.Integer(DeliveryKeys.CatchUp) ?? 12, delivery.Location);
    }

    private static int CountErrors(DiagnosticBag diagnostics) => diagnostics.Count(d => d.Severity == Severity.Error);

    private static (CronExpression Expression, string Text)? Schedule(YamlSource yaml, CheckedScalar schedule)
    {
        var text = schedule.Text;
        try
        {
            var expression = CronExpression.Parse(text, text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6
                ? CronFormat.IncludeSeconds : CronFormat.Standard);
            // From a fixed instant, not the clock: a schedule with no occurrence after 2000 has none at all (the 31st of February).
            if (expression.GetNextOccurrence(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)) is null)
            {
                yaml.Error(schedule.Node, $"schedule '{text}' never fires: no date has that day of the month in those months " +
                    "(as the 31st of February): check both");
                return null;
            }

            return (expression, text);
        }
        catch (CronFormatException)
        {
            yaml.Error(schedule.Node, $"schedule '{text}' is not a cron expression: " +
                "use minute hour day-of-month month day-of-week, e.g. \"0 7 1 * *\" for 07:00 on the 1st of each month");
            return null;
        }
    }

    private static TimeZoneInfo Zone(YamlSource yaml, CheckedScalar? name)
    {
        if (name is null)
        {
            return TimeZoneInfo.Utc;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(name.Text, out var zone))
        {
            return zone;
        }

        yaml.Error(name.Node, $"unknown time zone '{name.Text}': use an IANA id such as Europe/Warsaw");
        return TimeZoneInfo.Utc;
    }

    private static Burst? ParseBurst(YamlSource yaml, CheckedMap delivery)
    {
        var forEach = delivery.Scalar(DeliveryKeys.ForEach);
        var param = forEach?.Text;
        var address = Address(yaml, delivery, param);
        if (!delivery.Has(DeliveryKeys.Recipients))
        {
            if (param == Burst.Scorecard)
            {
                if (address is null && !delivery.Has(DeliveryKeys.Address))
                {
                    yaml.Error(forEach!.Node, "for_each: scorecard needs each member's address: address: agents.email (a column of the data) " +
                        "or recipients: { \"Ann Smith\": [ann@example.com] }");
                }

                return address is null ? null : new Burst(param, new Dictionary<string, RecipientList>()) { Address = address };
            }

            if (forEach is not null)
            {
                yaml.Error(forEach.Node, "for_each needs recipients: a mapping of each value to its addresses, e.g. { billing: [lead@example.com] }");
            }

            return null;
        }

        if (param is null)
        {
            yaml.Error(delivery.Entry(DeliveryKeys.Recipients)!.KeyNode, "recipients: maps the values of for_each to addresses: add for_each: PARAM (e.g. team), or use to:");
            return null;
        }

        var recipients = delivery.Entries(DeliveryKeys.Recipients).ToDictionary(e => e.Name,
            e => new RecipientList(Addresses(yaml, e.Value is CheckedList list ? list.Items : [], $"recipients.{e.Name}"), [], []), StringComparer.Ordinal);
        return new Burst(param, recipients) { Address = address };
    }

    /// <summary><c>address: TABLE.COLUMN</c>, only beside <c>for_each: scorecard</c>.</summary>
    private static AddressColumn? Address(YamlSource yaml, CheckedMap delivery, string? param)
    {
        if (delivery.Text(DeliveryKeys.Address) is not { } text)
        {
            return null;
        }

        if (param != Burst.Scorecard)
        {
            yaml.Error(delivery.Entry(DeliveryKeys.Address)!.KeyNode, "address: gives each scorecard member's address: it needs for_each: scorecard");
            return null;
        }

        var parts = text.Split('.');
        return new AddressColumn(parts[0], parts[1], text);
    }

    private static ReadyGate Ready(YamlSource yaml, DiagnosticBag diagnostics, CheckedMap delivery)
    {
        var gate = ReadyGate.Default;
        if (delivery.Map(DeliveryKeys.Ready) is { } ready)
        {
            foreach (var (key, name) in ReadyKeys.Names.Select(k => (k.Name, ready.Scalar(k))))
            {
                if (name is not null && !Identifier().IsMatch(name.Text))
                {
                    yaml.Error(name.Node, $"ready.{key} '{name.Text}' must be a plain table or column name");
                }
            }

            gate = gate with
            {
                Table = ready.Text(ReadyKeys.Table) ?? gate.Table,
                Column = ready.Text(ReadyKeys.Column) ?? gate.Column,
            };
        }

        if (delivery.Expression(DeliveryKeys.ReadyWhen) is not { Value: var text, Location: var location })
        {
            return gate;
        }

        var parsed = ExpressionParser.Parse(text);
        foreach (var error in parsed.Errors)
        {
            diagnostics.Error(location.Shift(error.Offset), $"in ready_when '{text}': {error.Message}");
        }

        foreach (var name in parsed.Expression?.DescendantsAndSelf().OfType<Identifier>() ?? [])
        {
            if (!ReadyVariables.Contains(name.Name))
            {
                diagnostics.Error(location.Shift(name.Span.Start),
                    $"unknown name '{name.Name}' in ready_when: use rows (rows past the period's end) and hours_since_end, e.g. \"rows > 0 or hours_since_end >= 48\"");
            }
        }

        return gate with { When = parsed.Succeeded ? parsed.Expression : null, WhenText = text };
    }
}
