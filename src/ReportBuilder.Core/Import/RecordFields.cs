using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReportBuilder.Import;

/// <summary>Reads the fields of one export record tolerantly (missing, null, a number written as a string) and fails with
/// the file and the record when a value cannot be interpreted.</summary>
internal readonly partial struct RecordFields(JsonElement value, string file, RecordPlace location)
{
    public JsonElement Value { get; } = value;

    public string File { get; } = file;

    public RecordPlace Location { get; } = location;

    /// <summary>Throws the error of this record: the message says what is wrong and what to do.</summary>
    public ImportInputException Fail(string message) => new(File, Location.ToString(), message);

    /// <summary>A nested object's fields (missing or not an object: a record without fields).</summary>
    public RecordFields Object(string name) =>
        new(Property(name) is { ValueKind: JsonValueKind.Object } inner ? inner : default, File, Location);

    public bool Has(string name) => Property(name) is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) };

    public JsonElement? Property(string name) =>
        Value.ValueKind == JsonValueKind.Object && Value.TryGetProperty(name, out var property) ? property : null;

    /// <summary>An integer id: a JSON number or a string of digits; null when missing.</summary>
    public long? Id(string name)
    {
        switch (Property(name))
        {
            case null or { ValueKind: JsonValueKind.Null }:
                return null;
            case { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var id):
                return id;
            case { ValueKind: JsonValueKind.String } text when long.TryParse(text.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id):
                return id;
            case var other:
                throw Fail($"{name} is {Shown(other.Value)}, not an integer id");
        }
    }

    /// <summary>An id that may be a vendor's text key (Intercom's contacts and companies: 24 hex digits): an integer id as
    /// it is, another text as <see cref="StableId"/> of it; null when missing.</summary>
    public long? AnyId(string name) => Property(name) is { ValueKind: JsonValueKind.String } text
                                       && !long.TryParse(text.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        ? text.GetString() is { Length: > 0 } key ? StableId(key) : null
        : Id(name);

    /// <summary>A positive integer id for a text key, the same on every import: FNV-1a of the text, above 2^61 so that it
    /// never meets a vendor's own integer ids.</summary>
    public static long StableId(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (long)(hash >> 2) | (1L << 61);
    }

    /// <summary>The first object of an array field (a conversation's first contact); a record without fields when there is none.</summary>
    public RecordFields First(string name)
    {
        if (Property(name) is { ValueKind: JsonValueKind.Array } array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object)
                {
                    return new RecordFields(item, File, Location);
                }
            }
        }

        return new RecordFields(default, File, Location);
    }

    /// <summary>An id the record cannot do without.</summary>
    public long RequiredId(string name, string vendor) =>
        Id(name) ?? throw Fail($"has no {name}: this is not a {vendor} record of this endpoint (check the file's name and the vendor)");

    public int? Int(string name) => Id(name) is { } value ? checked((int)value) : null;

    public string? Text(string name) => Property(name) switch
    {
        null or { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { } other => other.GetRawText(),
    };

    public bool? Bool(string name) => Property(name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.String } text when bool.TryParse(text.GetString(), out var flag) => flag,
        _ => null,
    };

    /// <summary>The strings of an array field (tags); empty when missing. With <paramref name="field"/>, an item that is an
    /// object gives that field's text (Help Scout's <c>{"id": 1, "tag": "vip"}</c>).</summary>
    public IEnumerable<string> Strings(string name, string? field = null)
    {
        if (Property(name) is not { ValueKind: JsonValueKind.Array } array)
        {
            yield break;
        }

        foreach (var item in array.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString()
                : field is not null && item.ValueKind == JsonValueKind.Object && item.TryGetProperty(field, out var inner) && inner.ValueKind == JsonValueKind.String
                    ? inner.GetString() : null;
            if (text is { Length: > 0 })
            {
                yield return text;
            }
        }
    }

    /// <summary>A timestamp as canonical UTC text: ISO-8601 with a zone (Z or an offset), or Unix seconds. A time
    /// without a zone is an error: which zone it meant cannot be known; but where the vendor documents the field as UTC
    /// and shows it without a zone (<paramref name="documentedUtc"/>), it is read as UTC.</summary>
    public string? Time(string name, bool documentedUtc = false)
    {
        switch (Property(name))
        {
            case null or { ValueKind: JsonValueKind.Null }:
                return null;
            case { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var seconds):
                return Canonical(DateTimeOffset.FromUnixTimeSeconds(seconds));
            case { ValueKind: JsonValueKind.String } text when Utc(text) is { } utc:
                return utc;
            case { ValueKind: JsonValueKind.String } text:
                var raw = text.GetString()!.Trim();
                if (raw.Length == 0)
                {
                    return null;
                }

                if (documentedUtc && !Zone().IsMatch(raw))
                {
                    raw += "Z";
                }

                if (!Zone().IsMatch(raw))
                {
                    throw Fail($"{name} '{raw}' has no time zone: the export must say UTC ('Z') or an offset (+02:00), as the API " +
                        "writes it; save the responses unchanged rather than converted");
                }

                if (!DateTimeOffset.TryParse(raw.EndsWith("UTC", StringComparison.Ordinal) ? raw[..^3].Trim() + "Z" : raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
                {
                    throw Fail($"{name} '{raw}' is not an ISO-8601 timestamp");
                }

                return Canonical(instant);
            case var other:
                throw Fail($"{name} is {Shown(other.Value)}, not a timestamp");
        }
    }

    /// <summary>The fast path of <see cref="Time"/> for the form the APIs write, <c>yyyy-MM-ddTHH:mm:ssZ</c>: its canonical
    /// text is the same digits, without parsing and formatting a <see cref="DateTimeOffset"/>; null for any other form
    /// (or an impossible date), which the general path reads.</summary>
    private static string? Utc(JsonElement text)
    {
        var quoted = JsonMarshal.GetRawUtf8Value(text);
        if (quoted.Length != 22)
        {
            return null;
        }

        Span<byte> b = stackalloc byte[20];
        quoted.Slice(1, 20).CopyTo(b);
        if (b[4] != '-' || b[7] != '-' || b[10] != 'T' || b[13] != ':' || b[16] != ':' || b[19] != 'Z')
        {
            return null;
        }

        foreach (var i in (ReadOnlySpan<int>)[0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18])
        {
            if (!char.IsAsciiDigit((char)b[i]))
            {
                return null;
            }
        }

        var year = (Two(b, 0) * 100) + Two(b, 2);
        var (month, day) = (Two(b, 5), Two(b, 8));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || Two(b, 11) > 23 || Two(b, 14) > 59 || Two(b, 17) > 59)
        {
            return null;
        }

        b[10] = (byte)' ';
        return System.Text.Encoding.ASCII.GetString(b[..19]);
    }

    private static int Two(ReadOnlySpan<byte> digits, int at) => ((digits[at] - '0') * 10) + (digits[at + 1] - '0');

    public static string Canonical(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Shown(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length > 40 ? text[..40] + "…" : text;
    }

    [GeneratedRegex(@"\d{2}:\d{2}(:\d{2}([.,]\d+)?)?\s*(Z|z|UTC|[+-]\d{2}(:?\d{2})?)$")]
    private static partial Regex Zone();
}
