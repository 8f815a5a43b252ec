namespace ReportBuilder.Data;

/// <summary>The canonical support-data schema of docs/metrics.md, as SQLite DDL.</summary>
internal static class CanonicalSchema
{
    /// <summary>CREATE TABLE statements for the nine canonical tables, without indexes.</summary>
    public const string Tables = Definitions.CanonicalTables.Ddl;

    /// <summary>Indexes on the columns that place rows in periods and join tables.</summary>
    public const string Indexes = """
        CREATE INDEX ix_tickets_created_at ON tickets(created_at);
        CREATE INDEX ix_tickets_solved_at ON tickets(solved_at);
        CREATE INDEX ix_ticket_tags_ticket ON ticket_tags(ticket_id);
        CREATE INDEX ix_messages_ticket ON messages(ticket_id, created_at, id);
        CREATE INDEX ix_csat_created_at ON csat_responses(created_at);
        CREATE INDEX ix_nps_created_at ON nps_responses(created_at);
        CREATE INDEX ix_qa_created_at ON qa_reviews(created_at);
        CREATE INDEX ix_mrr_month ON mrr_movements(month);
        """;

    /// <summary>Each canonical table's columns in DDL order, the key first where the table has one.</summary>
    public static IReadOnlyDictionary<string, string[]> Columns => Definitions.CanonicalTables.Columns;

    /// <summary>The timestamp format of every time column: UTC, SQLite's native text form.</summary>
    public const string TimestampFormat = Metrics.Sql.Timestamps.Format;
}
