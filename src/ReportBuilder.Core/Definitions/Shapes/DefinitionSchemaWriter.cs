using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportBuilder.Definitions.Shapes;

/// <summary>Writes a shape as a JSON Schema (draft-07, which editors and validators widely read), so editors complete and
/// check keys.</summary>
internal static class DefinitionSchemaWriter
{
    /// <summary>The JSON Schema of a file of shape <paramref name="root"/>; with <paramref name="requiredUnlessExtends"/>, the
    /// root's required keys may come from the base an <c>extends</c> names instead (report definitions); a nested mapping
    /// (source.postgres, a defined metric) is replaced whole by a variant, so its required keys are always required.</summary>
    internal static string Write(Shape root, string title, bool requiredUnlessExtends)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("title", title);
            WriteBody(json, root, requiredUnlessExtends);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Write(Utf8JsonWriter json, Shape shape, bool extendable)
    {
        json.WriteStartObject();
        WriteBody(json, shape, extendable);
        json.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter json, Shape shape, bool extendable)
    {
        json.WriteString("description", shape.Description);
        switch (shape)
        {
            case TextShape { Values: { } values }:
                json.WriteStartArray("enum");
                values.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                break;
            case TextShape { Pattern: { } pattern }:
                json.WriteString("type", "string");
                json.WriteString("pattern", pattern);
                break;
            case TextShape:
                // The loader takes any scalar as text: period: 2026 is a year, title: 2026 a title.
                json.WriteStartArray("type");
                json.WriteStringValue("string");
                json.WriteStringValue("number");
                json.WriteStringValue("boolean");
                json.WriteEndArray();
                break;
            case IntegerShape integer:
                json.WriteString("type", "integer");
                json.WriteNumber("minimum", integer.Min);
                json.WriteNumber("maximum", integer.Max);
                break;
            case FlagShape:
                json.WriteString("type", "boolean");
                break;
            case ListShape { Item: TextShape } list:
                // A single value counts as a list of one.
                json.WriteStartArray("anyOf");
                Write(json, list.Item, extendable);
                WriteArray(json, list, extendable);
                json.WriteEndArray();
                break;
            case ListShape list:
                WriteArrayBody(json, list, extendable);
                break;
            case MapShape map:
                json.WriteString("type", "object");
                json.WriteStartObject("properties");
                foreach (var key in map.Keys)
                {
                    json.WritePropertyName(key.Name);
                    Write(json, key.Shape, extendable: false);
                }

                json.WriteEndObject();
                json.WriteBoolean("additionalProperties", false);
                if (map.Required is { Count: > 0 } required && !extendable)
                {
                    WriteRequiredKeys(json, required);
                }
                else if (map.Required is { Count: > 0 })
                {
                    // A variant names its base instead: what it leaves out comes from there.
                    json.WriteStartArray("anyOf");
                    WriteRequired(json, ["extends"]);
                    WriteRequired(json, map.Required);
                    json.WriteEndArray();
                }

                break;
            case DictionaryShape dictionary:
                json.WriteString("type", "object");
                json.WritePropertyName("additionalProperties");
                Write(json, dictionary.Value, extendable);
                break;
            case OneOfShape oneOf:
                json.WriteStartArray("anyOf");
                oneOf.Options.ToList().ForEach(option => Write(json, option, extendable));
                json.WriteEndArray();
                break;
        }
    }

    private static void WriteRequired(Utf8JsonWriter json, IReadOnlyList<string> keys)
    {
        json.WriteStartObject();
        WriteRequiredKeys(json, keys);
        json.WriteEndObject();
    }

    private static void WriteRequiredKeys(Utf8JsonWriter json, IReadOnlyList<string> keys)
    {
        json.WriteStartArray("required");
        keys.ToList().ForEach(json.WriteStringValue);
        json.WriteEndArray();
    }

    private static void WriteArray(Utf8JsonWriter json, ListShape list, bool extendable)
    {
        json.WriteStartObject();
        WriteArrayBody(json, list, extendable);
        json.WriteEndObject();
    }

    private static void WriteArrayBody(Utf8JsonWriter json, ListShape list, bool extendable)
    {
        json.WriteString("type", "array");
        json.WritePropertyName("items");
        Write(json, list.Item, extendable);
    }
}
