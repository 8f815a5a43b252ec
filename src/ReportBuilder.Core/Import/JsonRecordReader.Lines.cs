using System.Text.Json;

namespace ReportBuilder.Import;

/// <summary>The reader's shortcut for records alone on their lines (NDJSON): each is parsed once, where the streaming path
/// of <see cref="JsonRecordReader"/> tokenizes a record to find its end and then parses it.</summary>
internal sealed partial class JsonRecordReader
{
    /// <summary>False once a line did not parse: the rest of the file is read the streaming way.</summary>
    private bool _lineRecords = true;

    /// <summary>Where the line of the record <see cref="LineRecord"/> read ends (a buffer position).</summary>
    private int _lineEnd;

    /// <summary>Names of array fields found to be a record's own (see <see cref="IsPlainArray"/>), in UTF-8.</summary>
    private readonly List<byte[]> _plainArrays = [];

    /// <summary>
    /// Reads a top-level object that is alone on its line (NDJSON, one record per line, the shape of Zendesk's event
    /// exports) with one parse: <see cref="PageOrRecord"/> would tokenize it to find its end and learn that it is no page,
    /// and <see cref="JsonDocument"/> would tokenize it again. True with <see cref="_current"/> set, <paramref name="length"/>
    /// its bytes and <see cref="_lineEnd"/> where its line ends, when the line (from <paramref name="start"/>, relative to
    /// the committed position) ends with the object's closing brace, parses as one object, and is a record: neither a page
    /// (an array under this endpoint's key) nor anything <see cref="PageOrRecord"/> has more to say about (another
    /// endpoint's list, a HAL wrapper). False otherwise, with nothing consumed: the record is read as before. A line that
    /// does not parse turns this off for the rest of the file (pretty-printed or concatenated values), so no file pays for
    /// an exception per line.
    /// </summary>
    private bool LineRecord(int start, out int length)
    {
        length = 0;
        var from = _pos + start;
        var rest = _buffer.AsSpan(from, _end - from);
        var newline = rest.IndexOf((byte)'\n');
        if (newline < 0 && !_eof)
        {
            // The line goes on past the bytes read (a record at the buffer's end, or a page on one line): read as before,
            // which reads no more than the record or the page's header.
            return false;
        }

        var line = newline < 0 ? rest : rest[..newline];
        var trimmed = line.TrimEnd(" \t\r"u8);
        if (trimmed.Length < 2 || trimmed[^1] != (byte)'}')
        {
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(new ReadOnlyMemory<byte>(_buffer, from, trimmed.Length));
        }
        catch (JsonException)
        {
            _lineRecords = false;
            return false;
        }

        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array && !IsPlainArray(property)
                || property.Value.ValueKind == JsonValueKind.Object && property.NameEquals("_embedded"u8))
            {
                document.Dispose();
                return false;
            }
        }

        _current = document;
        length = trimmed.Length;
        _lineEnd = from + line.Length;
        return true;
    }

    /// <summary>True for an array-valued field of a record (a ticket's tags, an event's child events): its name is not this
    /// endpoint's key and says nothing of another endpoint's. The first few names found so are kept, so each is looked up once.</summary>
    private bool IsPlainArray(JsonProperty property)
    {
        foreach (var name in _plainArrays)
        {
            if (property.NameEquals(name))
            {
                return true;
            }
        }

        if (_keys.Contains(property.Name) || _foreignKey(property.Name) is not null)
        {
            return false;
        }

        if (_plainArrays.Count < 16)
        {
            _plainArrays.Add(System.Text.Encoding.UTF8.GetBytes(property.Name));
        }

        return true;
    }
}
