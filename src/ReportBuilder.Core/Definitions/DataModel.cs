using ReportBuilder.Diagnostics;

namespace ReportBuilder.Definitions;

/// <summary>The tables a report can read, their columns, how they join and what they break down by.</summary>
public sealed record DataModel(IReadOnlyDictionary<string, TableModel> Tables)
{
    /// <summary>The table of that model name, or null.</summary>
    public TableModel? Find(string name) => Tables.GetValueOrDefault(name);
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

/// <summary>A canonical table read from a user's table (<c>model:</c> in a report): its name there and each column's.</summary>
public sealed record TableMapping(string SourceTable, IReadOnlyList<ColumnMapping> Columns, SourceLocation Location);

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
public sealed record JoinModel(string Name, string Table, string Column, string Remote);

/// <summary>A dimension: a label and the expression giving each row's group key.</summary>
public sealed record DimensionModel(string Name, string Label, string Expression);
