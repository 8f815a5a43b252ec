using Microsoft.Data.Sqlite;
using ReportBuilder.Data;
using ReportBuilder.Definitions;

namespace ReportBuilder.Import;

/// <summary>
/// Writes an import's canonical rows into the target's tables inside the import's transaction: rows are upserted by
/// their vendor id (inserted when new, updated when a column changed, else unchanged), a re-imported ticket's tags are
/// replaced, and tickets the vendor deleted or merged away are removed with their child rows.
/// </summary>
internal sealed class CanonicalMerge(SqliteConnection connection, SqliteTransaction transaction, ImportSummary summary)
{
    public SqliteConnection Connection { get; } = connection;

    public SqliteTransaction Transaction { get; } = transaction;

    /// <summary>The tables this import wrote into empty: every row of them is this import's.</summary>
    private readonly HashSet<string> _filled = [];

    /// <summary>Upserts the rows <paramref name="select"/> returns (the table's columns by name) into <paramref name="table"/>. An
    /// optional column (<see cref="LaterColumns"/>) the select leaves out keeps the value stored, empty for a new row: a
    /// vendor without per-ticket durations of its own leaves the ones another import stored alone.</summary>
    public TableChange Upsert(string table, string select)
    {
        var columns = CanonicalSchema.Columns[table];
        string Statement(IEnumerable<string> written, string from)
        {
            var list = string.Join(", ", written);
            return $"INSERT INTO main.{table} ({list}) SELECT {list} FROM {from} WHERE true " +
                $"ON CONFLICT(id) DO UPDATE SET {string.Join(", ", written.Skip(1).Select(c => $"{c} = excluded.{c}"))}";
        }

        var empty = IsEmpty(table);
        if (empty)
        {
            _filled.Add(table);
        }

        if (empty && table != "tickets")
        {
            // The target has no rows of this table yet (a first import): every row is new, nothing to compare, and the
            // rows go straight in. (The new tickets are kept in temp.n_tickets: the tags and the vendors' notes read them.)
            var names = Names(select);
            return Add(new TableChange(table, Execute(Statement(columns.Where(names.Contains), $"({select})")), 0, 0, 0));
        }

        Execute($"DROP TABLE IF EXISTS temp.n_{table}; CREATE TEMP TABLE n_{table} AS {select}");
        var selected = StagingTable.ColumnNames(Connection, Transaction, "temp", $"n_{table}");
        foreach (var kept in columns.Where(c => !selected.Contains(c) && LaterColumns.Types.ContainsKey((table, c))))
        {
            Execute($"ALTER TABLE temp.n_{table} ADD COLUMN {kept}" + (empty ? "" :
                $"; UPDATE temp.n_{table} SET {kept} = (SELECT m.{kept} FROM main.{table} m WHERE m.id = n_{table}.id)"));
        }

        if (empty)
        {
            return Add(new TableChange(table, Execute(Statement(columns, $"temp.n_{table}")), 0, 0, 0));
        }

        var total = Scalar($"SELECT count(*) FROM temp.n_{table}");
        var inserted = Scalar($"SELECT count(*) FROM temp.n_{table} n WHERE NOT EXISTS (SELECT 1 FROM main.{table} m WHERE m.id = n.id)");
        var same = string.Join(" AND ", columns.Skip(1).Select(c => $"m.{c} IS n.{c}"));
        var unchanged = Scalar($"SELECT count(*) FROM temp.n_{table} n JOIN main.{table} m ON m.id = n.id WHERE {same}");
        Execute(Statement(columns, $"temp.n_{table}"));
        return Add(new TableChange(table, inserted, total - inserted - unchanged, unchanged, 0));
    }

    /// <summary>The names of the columns <paramref name="select"/> returns, without running it.</summary>
    private HashSet<string> Names(string select)
    {
        using var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = $"SELECT * FROM ({select}) WHERE false";
        using var reader = command.ExecuteReader();
        return [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
    }

    /// <summary>Creates <c>temp.n_agent_replies</c> (ticket_id, first_at, replies): the first agent message and the number
    /// of agent messages, in the target's messages after this import's were written, of each ticket <paramref name="kept"/>
    /// holds (a table or view of the import's tickets, by <c>id</c>) that has any. After a first import every message is
    /// this import's, and one pass over them in table order costs half of looking each ticket's up in the index (1 M
    /// tickets: 1.1 s against 1.9 s of CPU, each message's author read from the table either way); otherwise the tickets
    /// are looked up, so that a small import into a large file reads only its own tickets' messages.</summary>
    public void AgentReplies(string kept)
    {
        var scan = _filled.Contains("messages") ? "+" : "";
        Execute($"""
            DROP TABLE IF EXISTS temp.n_agent_replies;
            CREATE TEMP TABLE n_agent_replies (ticket_id INTEGER PRIMARY KEY, first_at, replies);
            INSERT INTO temp.n_agent_replies
              SELECT g.ticket_id, min(g.created_at), count(*) FROM main.messages g
              WHERE g.author = 'agent' AND {scan}g.ticket_id IN (SELECT id FROM {kept}) GROUP BY g.ticket_id
            """);
    }

    /// <summary>Replaces the tags of the tickets in <c>temp.n_tickets</c> with the rows of <paramref name="select"/> (ticket_id, tag).</summary>
    public TableChange ReplaceTags(string select)
    {
        var empty = IsEmpty("ticket_tags");
        Execute($"DROP TABLE IF EXISTS temp.n_ticket_tags; CREATE TEMP TABLE n_ticket_tags AS SELECT DISTINCT * FROM ({select})");
        if (empty)
        {
            return Add(new TableChange("ticket_tags", Execute("INSERT INTO main.ticket_tags (ticket_id, tag) SELECT ticket_id, tag FROM temp.n_ticket_tags"), 0, 0, 0));
        }

        Execute("CREATE INDEX temp.nx_ticket_tags ON n_ticket_tags(ticket_id, tag)");
        const string Same = "m.ticket_id = n.ticket_id AND m.tag = n.tag";
        var kept = Scalar($"SELECT count(*) FROM temp.n_ticket_tags n WHERE EXISTS (SELECT 1 FROM main.ticket_tags m WHERE {Same})");
        var total = Scalar("SELECT count(*) FROM temp.n_ticket_tags");
        // The tags these tickets had that they keep are the kept ones: the others are removed.
        var removed = Scalar("SELECT count(*) FROM main.ticket_tags WHERE ticket_id IN (SELECT id FROM temp.n_tickets)") - kept;
        Execute("DELETE FROM main.ticket_tags WHERE ticket_id IN (SELECT id FROM temp.n_tickets)");
        Execute("INSERT INTO main.ticket_tags (ticket_id, tag) SELECT ticket_id, tag FROM temp.n_ticket_tags");
        return Add(new TableChange("ticket_tags", total - kept, 0, kept, removed));
    }

    /// <summary>Removes the tickets <paramref name="ids"/> selects, with their tags, messages, ratings and reviews.</summary>
    public long RemoveTickets(string ids)
    {
        Execute($"DROP TABLE IF EXISTS temp.n_removed; CREATE TEMP TABLE n_removed AS SELECT id FROM main.tickets WHERE id IN ({ids})");
        foreach (var (table, key) in new[] { ("ticket_tags", "ticket_id"), ("messages", "ticket_id"), ("csat_responses", "ticket_id"), ("qa_reviews", "ticket_id") })
        {
            Execute($"DELETE FROM main.{table} WHERE {key} IN (SELECT id FROM temp.n_removed)");
        }

        Execute("DELETE FROM main.tickets WHERE id IN (SELECT id FROM temp.n_removed)");
        return Scalar("SELECT count(*) FROM temp.n_removed");
    }

    /// <summary>Records a table's change in the summary, adding to an earlier change of the same table.</summary>
    public TableChange Add(TableChange change)
    {
        var index = summary.Tables.FindIndex(t => t.Table == change.Table);
        if (index < 0)
        {
            summary.Tables.Add(change);
            return change;
        }

        var before = summary.Tables[index];
        summary.Tables[index] = change = new TableChange(change.Table, before.Inserted + change.Inserted, before.Updated + change.Updated,
            before.Unchanged + change.Unchanged, before.Removed + change.Removed);
        return change;
    }

    /// <summary>Runs <paramref name="sql"/>; the rows it changed.</summary>
    public int Execute(string sql) => StagingTable.Execute(Connection, Transaction, sql);

    /// <summary>True when the target's <paramref name="table"/> has no rows (nothing to compare the new rows with).</summary>
    private bool IsEmpty(string table) => Scalar($"SELECT NOT EXISTS (SELECT 1 FROM main.{table})") == 1;

    /// <summary>The first row's values of <paramref name="sql"/>, each a count (several counts of one pass over a table).</summary>
    public long[] Scalars(string sql)
    {
        using var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        reader.Read();
        return [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetInt64)];
    }

    public long Scalar(string sql)
    {
        using var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
