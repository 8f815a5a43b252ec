using Cronos;
using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;
using ReportBuilder.Expressions;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Delivery.Schedules;

internal static partial class DeliveryConfigLoader
{
    private static DeliveryDefinition? ParseDelivery(YamlSource yaml, DiagnosticBag diagnostics, YamlNode node, string folder)
    {
        var errorsBefore = CountErrors(diagnostics);
        var keys = yaml.Mapping(node, "a delivery", DeliveryKeys);
        var id = Required(yaml, keys, "id", node, "a delivery");
        if (id is not null && yaml.Text(keys["id"].Value, "delivery id", DeliverySchema.DeliveryId, form: "may hold only letters, digits, - and _") is null)
        {
            id = null;
        }

        var report = Required(yaml, keys, "report", node, "a delivery");
        var cron = Schedule(yaml, keys, node);
        var zone = Zone(yaml, keys);
        var recipients = Recipients(yaml, keys, "");
        var burst = ParseBurst(yaml, keys);
        if (burst is null && recipients.To.Count == 0 && keys.ContainsKey("id"))
        {
            yaml.Error(node, $"delivery '{id}' has no recipients: add to: [name@example.com] (or for_each: with recipients:)");
        }
        else if (burst is { PerMember: true } && recipients.To.Count == 0)
        {
            yaml.Error(node, $"delivery '{id}' sends each member their scorecard; the roll-up of every member goes to to: add to: [lead@example.com]");
        }

        // The formats come from the shape the schema's enum is written from (DeliverySchema.AttachFormat).
        var attach = keys.TryGetValue("attach", out var a) ? yaml.ScalarList(a.Value, "attach").Select(s => s.Value!).ToList() : null;
        var formats = DeliverySchema.AttachFormat.Values!;
        foreach (var format in (attach ?? []).Where(f => !formats.Contains(f)))
        {
            yaml.Error(a.Value, $"unknown format '{format}' in attach: use {string.Join(", ", formats)}");
        }

        var catchUp = keys.TryGetValue("catch_up", out var c) ? Integer(yaml, c.Value, "catch_up", DeliverySchema.Delivery["catch_up"]) ?? 12 : 12;
        var skip = keys.TryGetValue("skip_if_empty", out var s) && Boolean(yaml, s.Value, "skip_if_empty");
        var sendWhen = keys.TryGetValue("send_when", out var w) && yaml.Text(w.Value, "send_when", DeliverySchema.SendWhen) is { } when
            ? SendWhenRules.Parse(when)
            : SendWhen.Always;
        var ready = Ready(yaml, diagnostics, keys);
        if (CountErrors(diagnostics) > errorsBefore || id is null || report is null || cron is null)
        {
            return null;
        }

        return new DeliveryDefinition(id, Path.Combine(folder, report), cron.Value.Expression, cron.Value.Text, zone,
            Text(yaml, keys, "period"), Text(yaml, keys, "db") is { } db ? Path.Combine(folder, db) : null, recipients,
            Text(yaml, keys, "subject") ?? "{title} — {period}: {verdict}", Text(yaml, keys, "body"), attach, skip, sendWhen, ready, burst, catchUp, yaml.At(node));
    }

    private static int CountErrors(DiagnosticBag diagnostics) => diagnostics.Count(d => d.Severity == Severity.Error);

    private static (CronExpression Expression, string Text)? Schedule(YamlSource yaml,
        IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, YamlNode parent)
    {
        var text = Required(yaml, keys, "schedule", parent, "a delivery");
        if (text is null)
        {
            return null;
        }

        try
        {
            var expression = CronExpression.Parse(text, text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6
                ? CronFormat.IncludeSeconds : CronFormat.Standard);
            // From a fixed instant, not the clock: a schedule with no occurrence after 2000 has none at all (the 31st of February).
            if (expression.GetNextOccurrence(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)) is null)
            {
                yaml.Error(keys["schedule"].Value, $"schedule '{text}' never fires: no date has that day of the month in those months " +
                    "(as the 31st of February): check both");
                return null;
            }

            return (expression, text);
        }
        catch (CronFormatException)
        {
            yaml.Error(keys["schedule"].Value, $"schedule '{text}' is not a cron expression: " +
                "use minute hour day-of-month month day-of-week, e.g. \"0 7 1 * *\" for 07:00 on the 1st of each month");
            return null;
        }
    }

    private static TimeZoneInfo Zone(YamlSource yaml, IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> keys)
    {
        var name = Text(yaml, keys, "timezone");
        if (name is null)
        {
            return TimeZoneInfo.Utc;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone))
        {
            return zone;
        }

        yaml.Error(keys["timezone"].Value, $"unknown time zone '{name}': use an IANA id such as Europe/Warsaw");
        return TimeZoneInfo.Utc;
    }

    private static bool Boolean(YamlSource yaml, YamlNode node, string what)
    {
        // The YAML 1.2 core booleans, unquoted, as for every flag of a report (YamlSource.Flag) and as editors read the schema.
        var plain = node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any };
        switch (yaml.Text(node, what))
        {
            case { } yes when plain && YamlSource.TrueWords.Contains(yes): return true;
            case { } no when plain && YamlSource.FalseWords.Contains(no): return false;
            case var other:
                yaml.Error(node, $"{what} must be true or false, not '{other}'");
                return false;
        }
    }

    private static Burst? ParseBurst(YamlSource yaml, IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> keys)
    {
        var param = Text(yaml, keys, "for_each");
        var address = Address(yaml, keys, param);
        if (!keys.TryGetValue("recipients", out var map))
        {
            if (param == Burst.Scorecard)
            {
                if (address is null && !keys.ContainsKey("address"))
                {
                    yaml.Error(keys["for_each"].Value, "for_each: scorecard needs each member's address: address: agents.email (a column of the data) " +
                        "or recipients: { \"Ann Smith\": [ann@example.com] }");
                }

                return address is null ? null : new Burst(param, new Dictionary<string, RecipientList>()) { Address = address };
            }

            if (param is not null)
            {
                yaml.Error(keys["for_each"].Value, "for_each needs recipients: a mapping of each value to its addresses, e.g. { billing: [lead@example.com] }");
            }

            return null;
        }

        if (param is null)
        {
            yaml.Error(map.Key, "recipients: maps the values of for_each to addresses: add for_each: PARAM (e.g. team), or use to:");
            return null;
        }

        var recipients = new Dictionary<string, RecipientList>(StringComparer.Ordinal);
        foreach (var (value, (_, addresses)) in yaml.Mapping(map.Value, "recipients", []))
        {
            recipients[value] = new RecipientList(Addresses(yaml, addresses, $"recipients.{value}"), [], []);
        }

        return new Burst(param, recipients) { Address = address };
    }

    /// <summary><c>address: TABLE.COLUMN</c>, only beside <c>for_each: scorecard</c>.</summary>
    private static AddressColumn? Address(YamlSource yaml, IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, string? param)
    {
        if (!keys.TryGetValue("address", out var node) || yaml.Text(node.Value, "address") is not { } text)
        {
            return null;
        }

        if (param != Burst.Scorecard)
        {
            yaml.Error(node.Key, "address: gives each scorecard member's address: it needs for_each: scorecard");
            return null;
        }

        var parts = text.Split('.');
        if (parts.Length != 2 || !parts.All(Identifier().IsMatch))
        {
            yaml.Error(node.Value, $"address '{text}' must be TABLE.COLUMN, e.g. agents.email");
            return null;
        }

        return new AddressColumn(parts[0], parts[1], text);
    }

    private static ReadyGate Ready(YamlSource yaml, DiagnosticBag diagnostics, IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> keys)
    {
        var gate = ReadyGate.Default;
        if (keys.TryGetValue("ready", out var ready))
        {
            var readyKeys = yaml.Mapping(ready.Value, "ready", ReadyKeys);
            foreach (var key in ReadyKeys.Where(readyKeys.ContainsKey))
            {
                if (yaml.Text(readyKeys[key].Value, "ready." + key) is { } name && !Identifier().IsMatch(name))
                {
                    yaml.Error(readyKeys[key].Value, $"ready.{key} '{name}' must be a plain table or column name");
                }
            }

            gate = gate with
            {
                Table = Text(yaml, readyKeys, "table") ?? gate.Table,
                Column = Text(yaml, readyKeys, "column") ?? gate.Column,
            };
        }

        if (!keys.TryGetValue("ready_when", out var when) || yaml.Text(when.Value, "ready_when") is not { } text)
        {
            return gate;
        }

        var parsed = ExpressionParser.Parse(text);
        var location = yaml.At((YamlScalarNode)when.Value, 0);
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
