using System.Text.Json.Nodes;

namespace ReportBuilder.Tests.EndToEnd;

/// <summary>The runtime settings the tool is built with (reportbuilder.runtimeconfig.json beside it; the packed tool's is
/// checked by <see cref="InstalledToolTests"/>).</summary>
public sealed class RuntimeConfigTests
{
    /// <summary>The call count after which the runtime compiles a method again, optimised (its own default is 30): a run of a
    /// few seconds spent 0.3 to 0.7 s of CPU compiling again code its ReadyToRun image already had (docs/performance.md,
    /// "Fixed cost").</summary>
    public static int? CallCountThreshold(string runtimeConfig) =>
        JsonNode.Parse(runtimeConfig)!["runtimeOptions"]!["configProperties"]?["System.Runtime.TieredCompilation.CallCountThreshold"]
            ?.GetValue<int>();

    [Fact]
    public void TheToolCompilesAMethodAgainAfterAThousandCalls()
    {
        var config = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "reportbuilder.runtimeconfig.json"));
        CallCountThreshold(config).ShouldBe(1000);
    }
}
