using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;

namespace ReportBuilder.Tests.Definitions;

/// <summary>Walks every key of configs/report.schema.json (every property of every object, every branch of every anyOf, every
/// enum value, both flags, both integer bounds) and loads a report using it: what the schema allows, the loader accepts; an
/// enum value the schema refuses, the loader (or, for compare and formats, the planner) refuses at the value's position.
/// The documents are JSON, which is YAML, so the schema and the loader read the very same text.</summary>
public sealed class SchemaWalkTests : IDisposable
{
    private const string Wrong = "not_a_value_zz";

    private static readonly string Committed = RepositoryFiles.PathOf("configs", "report.schema.json");

    private readonly string _directory = Directory.CreateTempSubdirectory("rb-walk-").FullName;

    public SchemaWalkTests()
    {
        // The files that keys naming a file point at.
        File.WriteAllText(Path.Combine(_directory, "base.yaml"), "id: base\nmetrics:\n  - metric: ticket_volume\n");
        File.WriteAllText(Path.Combine(_directory, "model.yaml"), "tickets:\n  table: helpdesk\n");
        File.WriteAllText(Path.Combine(_directory, "more.yaml"), "metrics:\n  more:\n    table: tickets\n    value: count()\n");
        File.WriteAllText(Path.Combine(_directory, "my.html.sbn"), "{{ report.title }}");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>A report using one key: its path in the schema, and the document.</summary>
    public sealed record Walked(string Path, string Json);

    public static TheoryData<string> Keys()
    {
        var data = new TheoryData<string>();
        foreach (var walked in Walk())
        {
            data.Add(walked.Path);
        }

        return data;
    }

    [Fact]
    public void Walk_ReachesEveryPropertyAndEveryEnumValueOfTheSchema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Committed));
        var properties = new List<string>();
        var enums = new List<string>();
        Collect(schema.RootElement, "", properties, enums);
        var walked = Walk().Select(w => w.Path).ToList();

        properties.Count.ShouldBeGreaterThan(60);
        properties.Where(p => !walked.Any(w => w == p || w.StartsWith(p + "/", StringComparison.Ordinal) || w.StartsWith(p + "=", StringComparison.Ordinal) ||
                w.StartsWith(p + "|", StringComparison.Ordinal)))
            .ShouldBeEmpty();
        enums.Where(e => !walked.Contains(e)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task EveryKey_TheSchemaAllows_TheLoaderAccepts(string path)
    {
        var walked = Walk().Single(w => w.Path == path);
        var schema = await JsonSchema.FromFileAsync(Committed);
        schema.Validate(walked.Json).Select(e => e.ToString()).ShouldBeEmpty("the walk writes only what the schema allows");

        var diagnostics = new DiagnosticBag();
        ReportDefinitionLoader.Parse(Path.Combine(_directory, "report.yaml"), walked.Json, TestReport.Catalog, diagnostics);

        diagnostics.Select(d => d.ToString()).ShouldBeEmpty(walked.Json);
    }

    public static TheoryData<string> EnumKeys()
    {
        var data = new TheoryData<string>();
        foreach (var path in Walk().Where(w => w.Path.Contains('=', StringComparison.Ordinal)).Select(w => w.Path[..w.Path.IndexOf('=', StringComparison.Ordinal)]).Distinct())
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EnumKeys))]
    public async Task EveryEnum_AValueTheSchemaRefuses_IsRefusedAtItsPosition(string path)
    {
        var walked = Walk().First(w => w.Path.StartsWith(path + "=", StringComparison.Ordinal));
        var quoted = $"\"{walked.Path[(path.Length + 1)..]}\"";
        walked.Json.Split(quoted).Length.ShouldBe(2, "the enum's value stands once in the document");
        var value = walked.Json.Replace(quoted, $"\"{Wrong}\"", StringComparison.Ordinal);
        var schema = await JsonSchema.FromFileAsync(Committed);
        schema.Validate(value).ShouldNotBeEmpty();

        var file = Path.Combine(_directory, "report.yaml");
        var diagnostics = new DiagnosticBag();
        if (ReportDefinitionLoader.Parse(file, value, TestReport.Catalog, diagnostics) is { } definition)
        {
            ReportCompiler.Plan(definition, TestReport.Catalog, new RunOptions(Database: "test.db") { RequireSource = false }, TestReport.AsOf, diagnostics);
        }

        var lines = value.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains($"\"{Wrong}\"", StringComparison.Ordinal));
        var at = new SourceLocation(file, line + 1, lines[line].IndexOf($"\"{Wrong}\"", StringComparison.Ordinal) + 1);
        diagnostics.Where(d => d.Severity == Severity.Error && d.Location == at && d.Message.Contains(Wrong, StringComparison.Ordinal))
            .ShouldNotBeEmpty(string.Join("\n", diagnostics));
    }

    // The walk: every property and enum value under the schema, each in a report that is otherwise minimal.

    private static List<Walked>? _walked;

    private static List<Walked> Walk()
    {
        if (_walked is not null)
        {
            return _walked;
        }

        using var schema = JsonDocument.Parse(File.ReadAllText(Committed));
        var root = schema.RootElement;
        var result = new List<Walked>();
        foreach (var (path, value) in Values(root, ""))
        {
            var document = Minimal(root, "")!.AsObject();
            foreach (var (key, node) in value.AsObject().ToList())
            {
                document[key] = node?.DeepClone();
            }

            result.Add(new Walked(path, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true })));
        }

        return _walked = result.DistinctBy(w => w.Path).ToList();
    }

    /// <summary>Values exercising every property and enum value under <paramref name="schema"/>, each with its path.</summary>
    private static IEnumerable<(string Path, JsonNode Value)> Values(JsonElement schema, string path)
    {
        if (schema.TryGetProperty("enum", out var values))
        {
            foreach (var value in values.EnumerateArray())
            {
                yield return ($"{path}={value.GetString()}", JsonValue.Create(value.GetString())!);
            }

            yield break;
        }

        if (schema.TryGetProperty("anyOf", out var options) && !schema.TryGetProperty("properties", out _))
        {
            foreach (var (option, i) in options.EnumerateArray().Select((o, i) => (o, i)))
            {
                foreach (var value in Values(option, $"{path}|{i}"))
                {
                    yield return value;
                }
            }

            yield break;
        }

        switch (Type(schema))
        {
            case "object" when schema.TryGetProperty("properties", out var properties):
                foreach (var property in properties.EnumerateObject())
                {
                    foreach (var (childPath, value) in Values(property.Value, $"{path}/{property.Name}"))
                    {
                        var map = Minimal(schema, path)!.AsObject();
                        map[property.Name] = value;
                        if (property.Name == "24x7" && value is JsonValue flag && flag.GetValue<bool>())
                        {
                            // A calendar open around the clock has no week of its own.
                            map.Remove("week");
                        }

                        if (path == "/sla" && property.Name == "hours" && value is JsonValue hours && hours.GetValue<string>() == "calendar")
                        {
                            // The clock's hours have no calendar.
                            map.Remove("calendar");
                        }

                        yield return (childPath, map);
                    }
                }

                break;
            case "object":
                var name = KeyName(path);
                foreach (var (childPath, value) in Values(schema.GetProperty("additionalProperties"), $"{path}/{name}"))
                {
                    yield return (childPath, new JsonObject { [name] = value });
                }

                break;
            case "array":
                foreach (var (childPath, value) in Values(schema.GetProperty("items"), $"{path}/[]"))
                {
                    yield return (childPath, new JsonArray(value));
                }

                break;
            case "integer":
                yield return ($"{path}", JsonValue.Create(schema.GetProperty("minimum").GetInt64())!);
                yield return ($"{path}#max", JsonValue.Create(schema.GetProperty("maximum").GetInt64())!);
                break;
            case "boolean":
                yield return ($"{path}", JsonValue.Create(true)!);
                yield return ($"{path}#false", JsonValue.Create(false)!);
                break;
            default:
                yield return (path, JsonValue.Create(Text(path))!);
                break;
        }
    }

    /// <summary>The least value of <paramref name="schema"/>: an object of its required keys, or a sample.</summary>
    private static JsonNode? Minimal(JsonElement schema, string path)
    {
        var bare = path.Replace("|0", "", StringComparison.Ordinal).Replace("|1", "", StringComparison.Ordinal);
        switch (bare)
        {
            case "":
                return new JsonObject { ["id"] = "walk", ["metrics"] = new JsonArray(new JsonObject { ["metric"] = "ticket_volume" }) };
            case "/metrics/[]" or "/scorecard/metrics/[]":
                return new JsonObject { ["metric"] = "ticket_volume" };
            case "/define/walked":
                return new JsonObject { ["table"] = "tickets", ["value"] = "count()" };
            case "/define/walked/stats/mean":
                return new JsonObject { ["value"] = "count()" };
            case "/sla":
                return new JsonObject { ["hours"] = "business", ["calendar"] = "support", ["first_reply"] = new JsonObject { ["urgent"] = "1h" } };
            case "/calendars/support":
                return new JsonObject { ["time_zone"] = "Europe/Rome", ["week"] = new JsonObject { ["mon-fri"] = "09:00-18:00" } };
        }

        if (Type(schema) != "object" || !schema.TryGetProperty("properties", out _))
        {
            return new JsonObject();
        }

        var map = new JsonObject();
        var required = schema.TryGetProperty("required", out var keys) ? keys.EnumerateArray().Select(k => k.GetString()!) : [];
        foreach (var key in required)
        {
            map[key] = Text($"{path}/{key}");
        }

        return map;
    }

    private static string? Type(JsonElement schema) =>
        schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;

    /// <summary>The name a mapping of user-chosen keys gets in the walk: one the loader knows where the key must be known.</summary>
    private static string KeyName(string path) => path.Replace("|0", "", StringComparison.Ordinal).Replace("|1", "", StringComparison.Ordinal) switch
    {
        "/model" => "tickets",
        "/model/tickets/columns" => "created_at",
        "/define" => "walked",
        "/define/walked/stats" => "mean",
        "/links" => "agent",
        "/calendars" => "support",
        "/calendars/support/week" => "mon-fri",
        "/model/tickets/columns/created_at/values" => "Resolved",
        _ => "team",
    };

    /// <summary>A text the loader accepts at <paramref name="path"/>: where the schema says only "a string", the loader may
    /// still need a known language, a file that exists or a duration.</summary>
    private static string Text(string path) => path.Replace("|0", "", StringComparison.Ordinal).Replace("|1", "", StringComparison.Ordinal) switch
    {
        "/id" or "/metrics/[]/name" or "/scorecard/metrics/[]/name" => "walk_1",
        "/extends" => "base.yaml",
        "/model" => "model.yaml",
        "/include" or "/include/[]" => "more.yaml",
        "/template" => "my.html.sbn",
        "/locale" => "de",
        "/timezone" => "Europe/Warsaw",
        "/period" => "2026-10",
        "/links/agent" => "https://help.example.com/agents/{key}",
        "/source/postgres/timeout" => "30s",
        "/source/memory_limit" => "1GB",
        "/source/postgres/database" => "support",
        "/metrics/[]/metric" or "/scorecard/metrics/[]/metric" => "ticket_volume",
        "/define/walked/table" => "tickets",
        "/define/walked/time" => "created_at",
        "/model/tickets/columns/created_at/values/Resolved" => "solved",
        "/calendar" or "/calendar_by/default" or "/calendar_by/map/team" => "support",
        "/calendar_by/column" => "agent.team",
        "/sla/calendar" => "support",
        var p when p.StartsWith("/sla/", StringComparison.Ordinal) && p.EndsWith("/team", StringComparison.Ordinal) => "1h",
        "/calendars/support/time_zone" => "Europe/Rome",
        "/calendars/support/holidays/[]" or "/calendars/support/holidays/[]/date" => "2026-12-24",
        var p when p.StartsWith("/calendars/support/", StringComparison.Ordinal) &&
            (p.EndsWith("/mon-fri", StringComparison.Ordinal) || p.EndsWith("/[]", StringComparison.Ordinal) || p.EndsWith("/hours", StringComparison.Ordinal)) => "09:00-12:00",
        var p when p.EndsWith("/target", StringComparison.Ordinal) || p.EndsWith("/pass", StringComparison.Ordinal) ||
                   p.EndsWith("/warn", StringComparison.Ordinal) => "> 1",
        var p when p.EndsWith("/value", StringComparison.Ordinal) => "count()",
        var p when p.EndsWith("/where", StringComparison.Ordinal) => "channel = 'email'",
        _ => "walked",
    };

    /// <summary>Every property path and enum value of the schema, as the walk names them.</summary>
    private static void Collect(JsonElement schema, string path, List<string> properties, List<string> enums)
    {
        if (schema.TryGetProperty("enum", out var values))
        {
            enums.AddRange(values.EnumerateArray().Select(v => $"{path}={v.GetString()}"));
        }

        if (schema.TryGetProperty("anyOf", out var options) && !schema.TryGetProperty("properties", out _))
        {
            foreach (var (option, i) in options.EnumerateArray().Select((o, i) => (o, i)))
            {
                Collect(option, $"{path}|{i}", properties, enums);
            }
        }

        if (schema.TryGetProperty("properties", out var map))
        {
            foreach (var property in map.EnumerateObject())
            {
                properties.Add($"{path}/{property.Name}");
                Collect(property.Value, $"{path}/{property.Name}", properties, enums);
            }
        }

        if (schema.TryGetProperty("additionalProperties", out var value) && value.ValueKind == JsonValueKind.Object)
        {
            Collect(value, $"{path}/{KeyName(path)}", properties, enums);
        }

        if (schema.TryGetProperty("items", out var items))
        {
            Collect(items, $"{path}/[]", properties, enums);
        }
    }
}
