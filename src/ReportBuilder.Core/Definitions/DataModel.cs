using ReportBuilder.Diagnostics;

namespace ReportBuilder.Definitions;

/// <summary>The tables a report can read, their columns, how they join and what they break down by.</summary>
public sealed record DataModel(IReadOnlyDictionary<string, TableModel> Tables)
{
    /// <summary>The table of that model name, or null.</summary>
    public TableModel? Find(string name) => Tables.GetValueOrDefault(name);

    /// <summary>Breakdown keys as readers see them, per dimension (<c>labels:</c> of the model file); a report's
    /// <c>labels:</c> win over these for the same key.</summary>
    internal IReadOnlyDictionary<string, Shapes.Located<IReadOnlyDictionary<string, KeyLabel>>> Labels { get; init; } =
        new Dictionary<string, Shapes.Located<IReadOnlyDictionary<string, KeyLabel>>>();

    /// <summary>Each entry (<c>links:</c>, <c>labels:</c> of a report or of the model) names a dimension of the model (any
    /// table's): a misspelt one would link or label nothing, silently.</summary>
    internal void CheckDimensionNames(IEnumerable<(string Key, string Dimension, SourceLocation Location)> named, DiagnosticBag diagnostics)
    {
        var dimensions = Tables.Values.SelectMany(t => t.Dimensions.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var (key, dimension, location) in named.Where(n => !dimensions.Contains(n.Dimension)))
        {
            var suggestion = Shapes.NameSuggestions.Closest(dimension, dimensions);
            diagnostics.Error(location, $"{key}: '{dimension}' is not a dimension of the data model" +
                (suggestion is null ? $": use {string.Join(", ", dimensions)}" : $"; did you mean '{suggestion}'?"));
        }
    }
}

/// <summary>One table (stored, or derived by a query): its name in the database, its columns, joins and dimensions.</summary>
public sealed record TableModel(
    string Name,
    string SqlName,
    IReadOnlyDictionary<string, string> Columns,
    IReadOnlyDictionary<string, JoinModel> Joins,
    IReadOnlyDictionary<string, DimensionModel> Dimensions,
    SourceLocation Location)
{
    /// <summary>A SELECT that defines the table from others, or null for a stored table.</summary>
    public string? Query { get; init; }

    /// <summary>The stored tables a derived table reads.</summary>
    public IReadOnlyList<string> Requires { get; init; } = [];

    /// <summary>How this canonical table is read from a table of the user's own schema, or null when it is stored as is.</summary>
    public TableMapping? Mapping { get; init; }
}

/// <summary>A canonical table read from a user's table (<c>model:</c> in a report), or from a SELECT over the user's tables: its name
/// there and each column's.</summary>
/// <param name="SourceTable">The user's table; for a <see cref="Query"/> mapping, the first table the query reads (for messages).</param>
public sealed record TableMapping(string SourceTable, IReadOnlyList<ColumnMapping> Columns, SourceLocation Location)
{
    /// <summary>A SELECT over the user's tables read instead of <see cref="SourceTable"/>, each table written <c>{name}</c>; its
    /// output columns are what <see cref="Columns"/> map. Null: the mapping reads one table.</summary>
    public string? Query { get; init; }

    /// <summary>The user's tables the mapping reads: <see cref="SourceTable"/>, or every <c>{name}</c> of the query.</summary>
    public IReadOnlyList<string> Reads => Query is null ? [SourceTable] : MappingQuery.Tables(Query);
}

/// <summary>The SELECT of a mapping (<c>query:</c>): the user's tables are written <c>{name}</c>, so that each is read from the
/// source's schema (PostgreSQL) or main database (SQLite) even where a canonical table has the same name (Airbyte's
/// <c>tickets</c>), and quoted (Fivetran's <c>user</c> and <c>group</c> are reserved words).</summary>
internal static partial class MappingQuery
{
    /// <summary>The tables the query names, each once, in order.</summary>
    public static IReadOnlyList<string> Tables(string query) =>
        TablePattern().Matches(query).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The query with every <c>{name}</c> replaced by <paramref name="table"/>'s text for it.</summary>
    public static string Resolve(string query, Func<string, string> table) =>
        TablePattern().Replace(query, m => table(m.Groups[1].Value));

    [System.Text.RegularExpressions.GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial System.Text.RegularExpressions.Regex TablePattern();
}

/// <summary>One canonical column read from a user's column (null: the data has none), converted from its type.</summary>
/// <param name="Type">text (as stored), iso (ISO-8601 text with T, Z or an offset), unix_seconds or unix_ms.</param>
/// <param name="Values">The user's spellings of values and the canonical ones, e.g. Resolved → solved.</param>
public sealed record ColumnMapping(
    string Column,
    string? Source,
    string Type,
    IReadOnlyList<KeyValuePair<string, string>> Values,
    SourceLocation Location);

/// <summary>A join to another table: <c>this.Column = other.Remote</c>.</summary>
public sealed record JoinModel(string Name, string Table, string Column, string Remote)
{
    /// <summary>True when the join can repeat a row of the table it starts from (a ticket's tags).</summary>
    public bool RepeatsRows => RepeatsRowsOn(Remote);

    /// <summary>True for a join on <paramref name="remote"/>: any join not on the other table's <c>id</c> can repeat a row.</summary>
    internal static bool RepeatsRowsOn(string remote) => remote != "id";
}

/// <summary>A dimension: a label and the expression giving each row's group key.</summary>
public sealed record DimensionModel(string Name, string Label, string Expression);
