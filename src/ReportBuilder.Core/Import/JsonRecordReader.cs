using System.IO.Compression;
using System.Text.Json;

namespace ReportBuilder.Import;

/// <summary>One record of an export file: the JSON object (valid until the next record is read) and where it was.</summary>
internal readonly record struct JsonRecord(JsonElement Value, ReadOnlyMemory<byte> Raw, RecordPlace Location);

/// <summary>Where a record was read: its line, and for a record of an array its place in it. Kept as numbers and written
/// out only for a message ("line 12, tickets[3]"): an import reads millions of records and reports on a few.</summary>
/// <param name="Line">The 1-based line the record starts on.</param>
/// <param name="Array">The key of the page's array the record is in (<c>tickets</c>, <c>_embedded.conversations</c>); empty
/// for a top-level array; null for a record on its own (NDJSON, a top-level object, a CSV row).</param>
/// <param name="Index">The record's 0-based index in that array.</param>
internal readonly record struct RecordPlace(long Line, string? Array = null, int Index = 0)
{
    public override string ToString() => Array switch
    {
        null => $"line {Line}",
        "" => $"line {Line}, [{Index}]",
        _ => $"line {Line}, {Array}[{Index}]",
    };
}

/// <summary>
/// Streams the records of one saved API response file with <see cref="Utf8JsonReader"/>, never holding more than one
/// record (or one page's header) in memory. Accepted shapes, also concatenated or one per line (NDJSON), gzip or not:
/// a page object holding the records in an array under the endpoint's key (<c>{"tickets": [...], "end_of_stream": true}</c>),
/// a plain array of records, or the records themselves. An object with an array under another endpoint's or vendor's
/// key and none under this endpoint's is refused: the file holds something else than its name says (side-loaded lists
/// beside the endpoint's own are ignored).
/// </summary>
internal sealed partial class JsonRecordReader : IDisposable
{
    private enum Mode { Top, TopArray, PageArray, PageRest }

    private enum Step { Record, Parsed, Progress, NeedMore, End }

    private static readonly JsonReaderOptions Options = new()
    {
        AllowMultipleValues = true,
        // API responses hold no comments (and a record with one would fail JsonDocument anyway); the reader skips
        // nothing, which keeps it on its fast path.
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = true,
    };

    private readonly Stream _stream;
    private readonly string _file;
    private readonly IReadOnlyCollection<string> _keys;
    private readonly Func<string, string?> _foreignKey;
    private byte[] _buffer = new byte[64 * 1024];
    private int _pos;
    private int _end;
    private bool _eof;
    private JsonReaderState _state = new(Options);
    private Mode _mode = Mode.Top;
    private string? _pageKey;
    private int _index;
    private int _scan;
    private long _lineAtScan = 1;
    private int _lineStart;
    private int _nest;
    private JsonDocument? _current;
    private long _stateLine;

    /// <param name="path">The file; gzip is recognised by its magic bytes.</param>
    /// <param name="file">The file as messages name it.</param>
    /// <param name="keys">The keys a page object holds this endpoint's records under (e.g. <c>tickets</c>).</param>
    /// <param name="foreignKey">For an array-valued key that is not in <paramref name="keys"/>: what to tell the user when
    /// it marks another endpoint's or vendor's page (null: an ordinary side-loaded list, skipped).</param>
    public JsonRecordReader(string path, string file, IReadOnlyCollection<string> keys, Func<string, string?> foreignKey)
        : this(File.OpenRead(path), file, keys, foreignKey)
    {
    }

    /// <param name="stream">The file's content or a fetched page (seekable), read from its start and disposed with the reader.</param>
    /// <param name="file">The file (or the page's address) as messages name it.</param>
    /// <param name="keys">The keys a page object holds this endpoint's records under.</param>
    /// <param name="foreignKey">As for a file: what to say of another endpoint's or vendor's list.</param>
    public JsonRecordReader(Stream stream, string file, IReadOnlyCollection<string> keys, Func<string, string?> foreignKey)
    {
        _file = file;
        _keys = keys;
        _foreignKey = foreignKey;
        var magic = new byte[2];
        var read = stream.Read(magic, 0, 2);
        stream.Position = 0;
        _stream = read == 2 && magic[0] == 0x1f && magic[1] == 0x8b ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    public void Dispose()
    {
        _current?.Dispose();
        _stream.Dispose();
    }

    /// <summary>Every record of the file in order; each record's document is disposed when the next is read.</summary>
    public IEnumerable<JsonRecord> Records()
    {
        while (TryNext(out var record))
        {
            yield return record;
        }
    }

    private bool TryNext(out JsonRecord record)
    {
        _current?.Dispose();
        _current = null;
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_pos, _end - _pos), _eof, _state);
            Step step;
            int start = 0, length = 0;
            try
            {
                step = Advance(ref reader, out start, out length);
            }
            catch (JsonException ex) when (_eof && (ex.Message.Contains("end of data", StringComparison.Ordinal)
                                                     || ex.Message.Contains("depth to be zero", StringComparison.Ordinal)))
            {
                throw new ImportInputException(_file, Where(_end),
                    "the file ends inside a JSON value: it was cut off while saving or downloading; save the export again", ex);
            }
            catch (JsonException ex)
            {
                // The reader's state counts lines and bytes in the line (0-based) from where it began: the file's start, or the
                // end of the last record read on a line of its own (_stateLine lines into the file).
                throw new ImportInputException(_file, $"line {_stateLine + (ex.LineNumber ?? 0) + 1}, column {(ex.BytePositionInLine ?? 0) + 1}",
                    $"not valid JSON ({ex.Message.Split(" LineNumber", 2)[0].TrimEnd('.')}): the file is damaged or not a saved API response; save it again", ex);
            }

            switch (step)
            {
                case Step.Progress:
                    Commit(ref reader);
                    continue;
                case Step.NeedMore:
                    if (_eof)
                    {
                        throw new ImportInputException(_file, Where(_end),
                            "the file ends inside a JSON value: it was cut off while saving or downloading; save the export again");
                    }

                    Fill();
                    continue;
                case Step.End:
                    record = default;
                    return false;
                case Step.Parsed:
                {
                    // A record on a line of its own, parsed once: reading goes on from the line's end with a new reader state
                    // (the one before is at the top level, so nothing of it is lost but its line count, kept in _stateLine).
                    var recordLine = LineAt(_pos + start);
                    record = new JsonRecord(_current!.RootElement, new ReadOnlyMemory<byte>(_buffer, _pos + start, length), new RecordPlace(recordLine));
                    _pos = _lineEnd;
                    _state = new JsonReaderState(Options);
                    _stateLine = recordLine - 1;
                    return true;
                }
                default:
                    var at = _pos + start;
                    var line = LineAt(at);
                    var location = _mode switch
                    {
                        Mode.TopArray => new RecordPlace(line, "", _index),
                        Mode.PageArray => new RecordPlace(line, _pageKey, _index),
                        _ => new RecordPlace(line),
                    };
                    var raw = new ReadOnlyMemory<byte>(_buffer, at, length);
                    Commit(ref reader);
                    if (_mode is Mode.TopArray or Mode.PageArray)
                    {
                        _index++;
                    }

                    try
                    {
                        _current = JsonDocument.Parse(raw);
                    }
                    catch (JsonException ex)
                    {
                        throw new ImportInputException(_file, location.ToString(), $"not valid JSON ({ex.Message}); save the export again", ex);
                    }

                    record = new JsonRecord(_current.RootElement, raw, location);
                    return true;
            }
        }
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        _pos += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    /// <summary>Reads one unit from the committed position: a record, a structural step, or nothing when more bytes are needed.</summary>
    private Step Advance(ref Utf8JsonReader reader, out int start, out int length)
    {
        start = length = 0;
        switch (_mode)
        {
            case Mode.Top:
                if (!reader.Read())
                {
                    return _eof ? Step.End : Step.NeedMore;
                }

                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    _mode = Mode.TopArray;
                    _index = 0;
                    return Step.Progress;
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new ImportInputException(_file, Where(_pos + (int)reader.TokenStartIndex),
                        $"a {reader.TokenType} where a JSON object or array was expected: this is not a saved API response");
                }

                if (_lineRecords && LineRecord((int)reader.TokenStartIndex, out length))
                {
                    start = (int)reader.TokenStartIndex;
                    return Step.Parsed;
                }

                return PageOrRecord(ref reader, out start, out length);
            case Mode.TopArray:
            case Mode.PageArray:
                if (!reader.Read())
                {
                    return Step.NeedMore;
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.EndArray:
                        _mode = _mode == Mode.TopArray ? Mode.Top : Mode.PageRest;
                        return Step.Progress;
                    case JsonTokenType.StartObject:
                        start = (int)reader.TokenStartIndex;
                        if (!reader.TrySkip())
                        {
                            return Step.NeedMore;
                        }

                        length = (int)reader.BytesConsumed - start;
                        return Step.Record;
                    case JsonTokenType.Null:
                        _index++;
                        return Step.Progress;
                    default:
                        throw new ImportInputException(_file, $"{Where(_pos + (int)reader.TokenStartIndex)}, [{_index}]",
                            $"a {reader.TokenType} where a record (a JSON object) was expected");
                }

            default:
                // The rest of a page object after its records: cursors, counts, side-loads.
                if (!reader.Read())
                {
                    return Step.NeedMore;
                }

                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    // The end of the wrapper the records were in (Help Scout's _embedded), else of the page.
                    if (_nest > 0)
                    {
                        _nest--;
                    }
                    else
                    {
                        _mode = Mode.Top;
                    }

                    return Step.Progress;
                }

                return reader.Read() && reader.TrySkip() ? Step.Progress : Step.NeedMore;
        }
    }

    /// <summary>A top-level object is a page when it holds an array under the endpoint's key, else it is a record.
    /// Nothing is committed until that is known, so a record is read whole.</summary>
    private Step PageOrRecord(ref Utf8JsonReader reader, out int start, out int length)
    {
        start = (int)reader.TokenStartIndex;
        length = 0;
        (string Problem, int At)? foreign = null;
        var embedded = 0;
        while (true)
        {
            if (!reader.Read())
            {
                return Step.NeedMore;
            }

            if (reader.TokenType == JsonTokenType.EndObject && embedded > 0)
            {
                embedded--;
                continue;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                // Another endpoint's or vendor's list, and none of this endpoint's: the file is not what its name says.
                if (foreign is { } problem)
                {
                    throw new ImportInputException(_file, $"line {LineAt(problem.At)}", problem.Problem);
                }

                length = (int)reader.BytesConsumed - start;
                return Step.Record;
            }

            // The name is made a string only for an array: a record read on its own (NDJSON) passes here for each of its
            // fields.
            var nameBytes = reader.ValueSpan;
            var name = reader.ValueIsEscaped ? reader.GetString() : null;
            var nameAt = _pos + (int)reader.TokenStartIndex;
            if (!reader.Read())
            {
                return Step.NeedMore;
            }

            // A HAL page (Help Scout) holds its records one level down: {"_embedded": {"conversations": [...]}, "page": {...}}.
            if (reader.TokenType == JsonTokenType.StartObject && embedded == 0
                && (name is null ? nameBytes.SequenceEqual("_embedded"u8) : name == "_embedded"))
            {
                embedded++;
                continue;
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                name ??= System.Text.Encoding.UTF8.GetString(nameBytes);
                if (_keys.Contains(name))
                {
                    _mode = Mode.PageArray;
                    _pageKey = embedded > 0 ? "_embedded." + name : name;
                    _nest = embedded;
                    _index = 0;
                    return Step.Progress;
                }

                if (foreign is null && _foreignKey(name) is { } problem)
                {
                    foreign = (problem, nameAt);
                }
            }

            if (!reader.TrySkip())
            {
                return Step.NeedMore;
            }
        }
    }

    /// <summary>Keeps the unread bytes, growing the buffer when one value fills it, and reads more of the file.</summary>
    private void Fill()
    {
        LineAt(_pos);
        if (_pos > 0)
        {
            Buffer.BlockCopy(_buffer, _pos, _buffer, 0, _end - _pos);
            _end -= _pos;
            _scan -= _pos;
            _lineStart -= _pos;
            _pos = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        int read;
        try
        {
            read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        }
        catch (InvalidDataException ex)
        {
            throw new ImportInputException(_file, null, $"the gzip data is damaged ({ex.Message}): download the export again", ex);
        }

        _end += read;
        _eof = read == 0;
    }

    /// <summary>The 1-based line of a buffer position; positions asked for only grow (it counts newlines once).</summary>
    private long LineAt(int position)
    {
        if (position > _scan)
        {
            var span = _buffer.AsSpan(_scan, position - _scan);
            _lineAtScan += span.Count((byte)'\n');
            if (span.LastIndexOf((byte)'\n') is var last and >= 0)
            {
                _lineStart = _scan + last + 1;
            }

            _scan = position;
        }

        return _lineAtScan;
    }

    /// <summary>"line L, column C" of a buffer position (the column in bytes, 1-based), for an error in the file's syntax.</summary>
    private string Where(int position)
    {
        var line = LineAt(position);
        return $"line {line}, column {position - _lineStart + 1}";
    }
}
