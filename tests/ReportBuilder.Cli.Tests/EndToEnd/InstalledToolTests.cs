using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace ReportBuilder.Tests.EndToEnd;

/// <summary>`dotnet pack` makes a .NET tool that `dotnet tool install` installs, and the installed tool runs a report as the
/// built one does: its catalog, templates and native libraries come with it.</summary>
[Trait(TestCategory.Name, TestCategory.Pack)]
[Trait(TestCategory.Name, TestCategory.Process)]
[Trait(TestCategory.Name, TestCategory.Chromium)]
public sealed class InstalledToolTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-tool-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task PackedTool_Installs_PrintsItsVersion_AndRunsAReport()
    {
        InstalledChromium.Require();
        var packages = Path.Combine(_directory, "packages");
        var tools = Path.Combine(_directory, "tools");
        // Its own build folder beside the test binaries, so packing never touches the checkout's bin/ and obj/
        // and a second run builds incrementally.
        var artifacts = Path.Combine(AppContext.BaseDirectory, "tool-pack");
        // The package of this machine's platform only (the SDK's ToolPackageRuntimeIdentifiers): the others differ only in the
        // runtime identifier, and each costs a ReadyToRun compilation of every assembly, which on a busy machine outlasts the timeout.
        var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        await RunAsync("dotnet", "pack", RepositoryFiles.PathOf("src", "ReportBuilder.Cli"), "-c", "Release", "-o", packages,
            "--artifacts-path", artifacts, $"-p:ToolPackageRuntimeIdentifiers={rid}", "-nologo", "-v", "quiet");

        // One package per platform: a pointer that names the platform's package and carries no code, and the platform's own
        // package with its native libraries only (no runtimes/ folder of every other platform's).
        var pointer = Path.Combine(packages, "ReportBuilder.1.1.0.nupkg");
        new FileInfo(pointer).Length.ShouldBeLessThan(100_000);
        using (var zip = System.IO.Compression.ZipFile.OpenRead(pointer))
        {
            zip.Entries.ShouldNotContain(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal));
            using var settings = new StreamReader(zip.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open());
            (await settings.ReadToEndAsync()).ShouldContain($"Id=\"ReportBuilder.{rid}\"");
        }

        using (var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(packages, $"ReportBuilder.{rid}.1.1.0.nupkg")))
        {
            zip.Entries.ShouldNotContain(e => e.FullName.Contains("/runtimes/", StringComparison.Ordinal));
            zip.Entries.ShouldContain(e => e.FullName == $"tools/net10.0/{rid}/libe_sqlite3.so");
            zip.Entries.ShouldContain(e => e.FullName == $"tools/net10.0/{rid}/libSkiaSharp.so");
            zip.Entries.ShouldContain(e => e.FullName == $"tools/net10.0/{rid}/libduckdb.so");
            // ReadyToRun: the assembly carries precompiled code (a managed native header), as a publish does.
            using var assembly = new MemoryStream();
            await zip.GetEntry($"tools/net10.0/{rid}/ReportBuilder.Core.dll")!.Open().CopyToAsync(assembly);
            assembly.Position = 0;
            using var pe = new System.Reflection.PortableExecutable.PEReader(assembly);
            pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size.ShouldBeGreaterThan(0);
            using var config = new StreamReader(zip.GetEntry($"tools/net10.0/{rid}/reportbuilder.runtimeconfig.json")!.Open());
            RuntimeConfigTests.CallCountThreshold(await config.ReadToEndAsync()).ShouldBe(1000);
        }

        await RunAsync("dotnet", "tool", "install", "ReportBuilder", "--version", "1.1.0", "--tool-path", tools, "--add-source", packages);
        var tool = Path.Combine(tools, "reportbuilder");

        var version = await RunAsync(tool, "--version");

        var built = typeof(Cli.CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        version.Trim().ShouldStartWith("1.1.0");
        version.Trim().ShouldBe(built);

        // Run from another folder: the catalog and templates must come from the installed tool, not the checkout.
        var db = Path.Combine(_directory, "support.db");
        await RunAsync(tool, "demo-data", "--out", db, "--tickets", "400", "--months", "3", "--end", "2026-11-01");
        var report = Path.Combine(_directory, "report.yaml");
        await File.WriteAllTextAsync(report, """
            id: tool-report
            title: Installed tool
            source: { sqlite: support.db }
            period: 2026-10
            metrics:
              - metric: ticket_volume
              - metric: replies_per_ticket
                target: { pass: "< 0.1" }   # missed, so the mail shows it with its chart
                breakdown: [channel]
              - metric: ticket_volume
                name: by_channel
                breakdown: [channel]
            output: { formats: [json], dir: out }
            """);
        // The PDF needs the browser driver (PuppeteerSharp) and the email's PNG charts need Skia: native parts the package must carry.
        await RunAsync(tool, "run", report, "--as-of", "2026-11-05", "--format", "json,pdf,email");

        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_directory, "out", "tool-report.json")))!;
        var inProcess = await CliHarness.RunAsync("run", report, "--as-of", "2026-11-05", "--out", Path.Combine(_directory, "in-process"));
        inProcess.ExitCode.ShouldBe(0, inProcess.Errors);
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_directory, "in-process", "tool-report.json")))!;
        json["metrics"]!.ToJsonString().ShouldBe(expected["metrics"]!.ToJsonString());
        json["metrics"]![0]!["value"]!.GetValue<double>().ShouldBe(TicketsCreatedInOctober(db));
        (await File.ReadAllBytesAsync(Path.Combine(_directory, "out", "tool-report.pdf")))[..5].ShouldBe("%PDF-"u8.ToArray());
        var mail = await MimeKit.MimeMessage.LoadAsync(Path.Combine(_directory, "out", "tool-report.eml"));
        mail.BodyParts.OfType<MimeKit.MimePart>().ShouldContain(part => part.ContentType.MimeType == "image/png");

        // init's templates (configs/init/) come with the package: the starter validates as written.
        await RunAsync(tool, "init", "starter", "--profile", "zendesk");
        await RunAsync(tool, "validate", Path.Combine("starter", "report.yaml"), Path.Combine("starter", "deliveries.yml"));
    }

    /// <summary>The demo data's October tickets counted straight from the table (UTC, as the report has no time zone).</summary>
    private static double TicketsCreatedInOctober(string db)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM tickets WHERE created_at >= '2026-10-01' AND created_at < '2026-11-01'";
        return Convert.ToDouble(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<string> RunAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _directory };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // The tool runs as a user would: no test host's runtime settings leak into dotnet pack or the tool.
        info.Environment.Remove("MSBuildExtensionsPath");
        info.Environment.Remove("MSBUILD_EXE_PATH");
        info.Environment.Remove("MSBuildSDKsPath");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.ShouldBe(0, $"{file} {string.Join(' ', args)}\n{await output}\n{await errors}");
        return await output;
    }
}
