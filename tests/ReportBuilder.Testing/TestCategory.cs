namespace ReportBuilder.Testing;

/// <summary>The <c>Category</c> trait of tests that start real processes or servers, so the fast inner loop can leave them out
/// (docs/testing.md): <c>[Trait(TestCategory.Name, TestCategory.Postgres)]</c> on the test class.</summary>
internal static class TestCategory
{
    /// <summary>The trait's name, as <c>dotnet test --filter "Category!=…"</c> reads it.</summary>
    public const string Name = "Category";

    /// <summary>Starts the built <c>reportbuilder</c> as a separate process (two at once, signals, kills).</summary>
    public const string Process = "Process";

    /// <summary>Talks to the PostgreSQL server the run starts (initdb, pg_ctl).</summary>
    public const string Postgres = "Postgres";

    /// <summary>Prints a PDF with the system Chromium.</summary>
    public const string Chromium = "Chromium";

    /// <summary>Packs the tool and installs it with <c>dotnet tool install</c>.</summary>
    public const string Pack = "Pack";

    /// <summary>Sends mail to the SMTP sink (a Python aiosmtpd process).</summary>
    public const string Smtp = "Smtp";

    /// <summary>Waits out a real timeout on purpose (SQLite's 30 s busy wait).</summary>
    public const string Slow = "Slow";

    /// <summary>Every category above.</summary>
    public static readonly string[] All = [Process, Postgres, Chromium, Pack, Smtp, Slow];

    /// <summary>The filter that leaves every category out: the fast inner loop, as docs/testing.md and the README give it.</summary>
    public static string FastFilter => string.Join('&', All.Select(c => $"{Name}!={c}"));
}
