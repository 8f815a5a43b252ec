using System.Reflection;

namespace ReportBuilder.Tests.Architecture;

/// <summary>Nothing reads the clock, the environment variables or the executable's folder but the program's entry point: every
/// other part is given them (<c>ReportEnvironment</c>, <c>ProcessInputs</c>), so a test can pin them all. Read from the compiled
/// assemblies' IL, as <see cref="StageOrderTests"/> reads the stages.</summary>
public sealed class AmbientReadTests
{
    /// <summary>The members that read the process's surroundings, by declaring type and name.</summary>
    private static readonly (Type Type, string Member)[] Ambient =
    [
        (typeof(TimeProvider), "get_System"),
        (typeof(DateTime), "get_Now"),
        (typeof(DateTime), "get_UtcNow"),
        (typeof(DateTime), "get_Today"),
        (typeof(DateTimeOffset), "get_Now"),
        (typeof(DateTimeOffset), "get_UtcNow"),
        (typeof(Environment), "GetEnvironmentVariable"),
        (typeof(Environment), "GetEnvironmentVariables"),
        (typeof(Environment), "ExpandEnvironmentVariables"),
        (typeof(AppContext), "get_BaseDirectory"),
        (typeof(NodaTime.SystemClock), "get_Instance"),
    ];

    private static readonly Assembly[] Assemblies =
    [
        typeof(ReportBuilder.Diagnostics.Diagnostic).Assembly,
        typeof(ReportBuilder.Rendering.Pipeline.ReportPipeline).Assembly,
        typeof(ReportBuilder.Delivery.DeliveryOutcome).Assembly,
        typeof(ReportBuilder.Cli.Hosting.ExitCodes).Assembly,
    ];

    /// <summary>The program's entry point: the top-level statements of <c>Program.cs</c>.</summary>
    private static bool IsEntryPoint(Type type) => type.Assembly.EntryPoint?.DeclaringType == type;

    [Fact]
    public void OnlyTheEntryPoint_ReadsTheClockTheEnvironmentOrTheInstallationFolder()
    {
        var reads = Assemblies.SelectMany(a => a.GetTypes()).Where(t => t.DeclaringType is null && !IsEntryPoint(t))
            .SelectMany(AmbientReads).ToList();

        reads.ShouldBeEmpty();
    }

    [Fact]
    public void TheEntryPoint_ReadsThemAll_AndTheCheckSeesIt()
    {
        // The scan sees reads in top-level statements, lambdas and async state machines alike: the entry point's own are found.
        var entry = typeof(ReportBuilder.Cli.Hosting.ExitCodes).Assembly.EntryPoint!.DeclaringType!;

        AmbientReads(entry).ShouldBe([
            $"{entry.Name} reads TimeProvider.get_System",
            $"{entry.Name} reads AppContext.get_BaseDirectory",
            $"{entry.Name} reads Environment.GetEnvironmentVariable",
        ], ignoreOrder: true);
        AmbientReads(typeof(ReadsTheClock)).ShouldBe([$"{nameof(ReadsTheClock)} reads DateTimeOffset.get_UtcNow"]);
    }

    private static IEnumerable<string> AmbientReads(Type type) => MethodBodies.Of(type)
        .SelectMany(MethodBodies.Members)
        .Where(m => m.DeclaringType is { } owner && Ambient.Any(a => a.Type == owner && a.Member == m.Name))
        .Select(m => $"{type.Name} reads {m.DeclaringType!.Name}.{m.Name}")
        .Distinct();

    /// <summary>A type that reads the clock inside a lambda of an async method, for the check to find.</summary>
    private static class ReadsTheClock
    {
        public static async Task<DateTimeOffset> LaterAsync()
        {
            await Task.Yield();
            Func<DateTimeOffset> now = () => DateTimeOffset.UtcNow;
            return now();
        }
    }
}
