using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using ReportBuilder.Delivery.Schedules;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Tests.Delivery;

/// <summary>Walks every enum of configs/deliveries.schema.json (both branches of a list that may be one item) over the every-key
/// deliveries file: each value the schema allows the loader accepts, and a value the schema refuses the loader refuses at its
/// line:col. The documents are JSON, which is YAML, so the schema and the loader read the very same text.</summary>
public sealed class DeliverySchemaWalkTests : IDisposable
{
    private const string Wrong = "not_a_value_zz";

    private static readonly string Committed = RepositoryFiles.PathOf("configs", "deliveries.schema.json");

    private readonly string _directory = Directory.CreateTempSubdirectory("rb-dwalk-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Where an enum sits: property names, and 0 for an array's first item.</summary>
    public sealed record EnumAt(IReadOnlyList<object> Steps, IReadOnlyList<string> Values)
    {
        public string Label => string.Concat(Steps.Select(s => s is int ? "[0]" : $".{s}")).TrimStart('.');
    }

    public static TheoryData<string, string> Values()
    {
        var data = new TheoryData<string, string>();
        foreach (var at in Enums())
        {
            foreach (var value in at.Values)
            {
                data.Add(at.Label, value);
            }
        }

        return data;
    }

    public static TheoryData<string> Labels()
    {
        var data = new TheoryData<string>();
        foreach (var at in Enums())
        {
            data.Add(at.Label);
        }

        return data;
    }

    [Fact]
    public void Walk_FindsTheSchemasEnums()
    {
        Enums().Select(e => e.Label).Order().ShouldBe(["deliveries[0].attach", "deliveries[0].attach[0]", "deliveries[0].send_when", "smtp.security"]);
    }

    [Fact]
    public async Task TheReadmesSpreadsheetAttachments_MeetTheSchema_AndLoad()
    {
        // docs/output.md "Data for spreadsheets": a delivery attaches the CSV files and the workbook with attach: [csv, xlsx].
        var at = Enums().Single(e => e.Label == "deliveries[0].attach[0]");
        var json = Document(at, "csv").Replace("\"csv\"", "\"csv\", \"xlsx\"", StringComparison.Ordinal);
        var schema = await JsonSchema.FromFileAsync(Committed);
        var diagnostics = new DiagnosticBag();

        var config = DeliveryConfigLoader.Parse(Path.Combine(_directory, "deliveries.yml"), json, diagnostics);

        schema.Validate(json).Select(e => e.ToString()).ShouldBeEmpty();
        diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        config!.Deliveries[0].Attach.ShouldBe(["csv", "xlsx"]);
    }

    [Theory]
    [MemberData(nameof(Values))]
    public async Task EveryEnumValue_TheSchemaAllows_TheLoaderAccepts(string label, string value)
    {
        var json = Document(Enums().Single(e => e.Label == label), value);
        var schema = await JsonSchema.FromFileAsync(Committed);
        schema.Validate(json).Select(e => e.ToString()).ShouldBeEmpty("the walk writes only what the schema allows");

        var diagnostics = new DiagnosticBag();
        DeliveryConfigLoader.Parse(Path.Combine(_directory, "deliveries.yml"), json, diagnostics);

        diagnostics.Select(d => d.ToString()).ShouldBeEmpty(json);
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public async Task AWrongEnumValue_TheSchemaRefuses_TheLoaderRefusesAtItsPosition(string label)
    {
        var json = Document(Enums().Single(e => e.Label == label), Wrong);
        json.ShouldContain(Wrong);
        var schema = await JsonSchema.FromFileAsync(Committed);
        schema.Validate(json).ShouldNotBeEmpty();
        var file = Path.Combine(_directory, "deliveries.yml");
        // Every wrong value is reported where it stands, an item of a list too (as DeliveryConfigTests pins for attach: [docx]).
        var offset = json.IndexOf($"\"{Wrong}\"", StringComparison.Ordinal);
        var line = json[..offset].Count(c => c == '\n') + 1;
        var column = offset - json.LastIndexOf('\n', offset);

        var diagnostics = new DiagnosticBag();
        DeliveryConfigLoader.Parse(file, json, diagnostics);

        diagnostics.Select(d => d.ToString()).ShouldContain(d => d.StartsWith($"{file}:{line}:{column}: error: ", StringComparison.Ordinal) &&
            d.Contains($"'{Wrong}'", StringComparison.Ordinal));
    }

    /// <summary>The every-key file (<see cref="DeliverySchemaTests.EveryKey"/>) as indented JSON with one enum set to
    /// <paramref name="value"/>.</summary>
    private string Document(EnumAt at, string value)
    {
        var yaml = Path.Combine(_directory, "every.yml");
        File.WriteAllText(yaml, DeliverySchemaTests.EveryKey);
        var root = JsonNode.Parse(YamlText.AsJson(yaml))!;
        var steps = at.Steps;
        var last = steps[^1] is int ? steps.Count - 2 : steps.Count - 1;
        var parent = steps.Take(last).Aggregate(root, (node, step) => step is int i ? node[i]! : node[(string)step]!);
        parent[(string)steps[last]] = steps[^1] is int ? new JsonArray(value) : JsonValue.Create(value);
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static List<EnumAt> Enums()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Committed));
        var found = new List<EnumAt>();
        Collect(schema.RootElement, [], found);
        return found;
    }

    private static void Collect(JsonElement element, List<object> steps, List<EnumAt> found)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("enum", out var values))
        {
            found.Add(new EnumAt([.. steps], [.. values.EnumerateArray().Select(v => v.GetString()!)]));
        }

        if (element.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                Collect(property.Value, [.. steps, property.Name], found);
            }
        }

        if (element.TryGetProperty("items", out var items))
        {
            Collect(items, [.. steps, 0], found);
        }

        if (element.TryGetProperty("anyOf", out var branches))
        {
            foreach (var branch in branches.EnumerateArray())
            {
                Collect(branch, steps, found);
            }
        }

        if (element.TryGetProperty("additionalProperties", out var more))
        {
            Collect(more, [.. steps, "*"], found);
        }
    }
}
