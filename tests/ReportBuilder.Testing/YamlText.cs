using YamlDotNet.Serialization;

namespace ReportBuilder.Testing;

/// <summary>A YAML file as JSON, for checking it against a JSON Schema.</summary>
internal static class YamlText
{
    public static string AsJson(string path)
    {
        var data = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build()
            .Deserialize<object>(File.ReadAllText(path));
        return System.Text.Json.JsonSerializer.Serialize(data);
    }
}
