namespace ReportBuilder.Testing;

/// <summary>A clock stopped at one instant, so "now" in a test never depends on when it runs.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
