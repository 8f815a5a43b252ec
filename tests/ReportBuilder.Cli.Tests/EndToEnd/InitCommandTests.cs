using System.Text.Json;
using ReportBuilder.Definitions;

namespace ReportBuilder.Tests.EndToEnd;

/// <summary><c>reportbuilder init</c>: the starter files validate as written, run on demo data, and are never written over.</summary>
public sealed class InitCommandTests : IDisposable
{
    private static readonly string[] Written = ["report.yaml", "calendars.yaml", "deliveries.yml", "README.md"];
    private readonly string _dir = Directory.CreateTempSubdirectory("rb-init-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Init_NewFolder_WritesStarterFilesThatValidateAndRunOnDemoData()
    {
        var folder = Path.Combine(_dir, "starter");

        var init = await CliHarness.RunAsync("init", folder);

        init.Errors.ShouldBe("");
        init.ExitCode.ShouldBe(0);
        Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(Written.Order(StringComparer.Ordinal));
        init.Output.ShouldContain(Path.Combine(folder, "report.yaml"));
        var readme = await File.ReadAllTextAsync(Path.Combine(folder, "README.md"));
        readme.ShouldContain("reportbuilder demo-data --out support.db");
        readme.ShouldNotContain("{{");

        var validate = await CliHarness.RunAsync("validate", Path.Combine(folder, "report.yaml"), Path.Combine(folder, "deliveries.yml"));
        validate.Errors.ShouldBe("");
        validate.ExitCode.ShouldBe(0);

        (await CliHarness.RunAsync("demo-data", "--out", Path.Combine(folder, "support.db"), "--tickets", "600", "--end", "2026-11-01")).ExitCode.ShouldBe(0);
        var run = await CliHarness.RunAsync("run", Path.Combine(folder, "report.yaml"), "--format", "json");
        run.Errors.ShouldBe("");
        run.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "out", "support.json")));
        var metrics = json.RootElement.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!);
        metrics.Keys.ShouldBe(["ticket_volume", "channel_mix", "replies_per_ticket", "one_touch_rate", "first_response_median",
            "first_response_sla", "resolution_median", "resolution_rate", "reopen_rate", "csat", "volume_heatmap"]);
        // The report is October 2026 (last_month as of the harness's 2026-11-05) and every metric has rows in it.
        metrics["ticket_volume"].GetProperty("value").GetDouble().ShouldBeGreaterThan(0);
        metrics.Values.Where(m => m.GetProperty("status").GetString() != "none")
            .ShouldAllBe(m => m.GetProperty("status").GetString() != "no_data");
        metrics["first_response_median"].GetProperty("target").GetString().ShouldBe("≤\u00a01\u00a0h");
    }

    [Fact]
    public async Task Init_FolderHoldingAStarterFile_WritesNothingNamesTheFileAndExits2()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "calendars.yaml"), "mine");

        var init = await CliHarness.RunAsync("init", _dir);

        init.ExitCode.ShouldBe(2);
        init.Errors.ShouldContain($"{Path.Combine(_dir, "calendars.yaml")}: error: already exists: init never overwrites a file");
        Directory.GetFiles(_dir).Select(Path.GetFileName).ShouldBe(["calendars.yaml"]);
        (await File.ReadAllTextAsync(Path.Combine(_dir, "calendars.yaml"))).ShouldBe("mine");
        Directory.GetDirectories(_dir).ShouldBeEmpty();
    }

    [Fact]
    public async Task Init_Twice_RefusesTheSecondAndKeepsTheEditedFiles()
    {
        (await CliHarness.RunAsync("init", _dir)).ExitCode.ShouldBe(0);
        var report = Path.Combine(_dir, "report.yaml");
        await File.AppendAllTextAsync(report, "# edited\n");
        var edited = await File.ReadAllTextAsync(report);

        var again = await CliHarness.RunAsync("init", _dir);

        again.ExitCode.ShouldBe(2);
        foreach (var name in Written)
        {
            again.Errors.ShouldContain($"{Path.Combine(_dir, name)}: error: already exists");
        }

        (await File.ReadAllTextAsync(report)).ShouldBe(edited);
    }

    [Theory]
    [InlineData("zendesk", "Zendesk", "--model fivetran-zendesk")]
    [InlineData("intercom", "Intercom", "--model fivetran-intercom")]
    [InlineData("freshdesk", "Freshdesk", null)]
    [InlineData("helpscout", "Help Scout", null)]
    public async Task Init_Profile_ShowsTheVendorsImportCommandAndStillValidates(string profile, string vendor, string? model)
    {
        var init = await CliHarness.RunAsync("init", _dir, "--profile", profile);

        init.ExitCode.ShouldBe(0);
        var readme = await File.ReadAllTextAsync(Path.Combine(_dir, "README.md"));
        readme.ShouldContain($"`reportbuilder import {profile} EXPORT_FOLDER --to support.db`");
        readme.ShouldContain($"Import your {vendor} export");
        readme.ShouldContain($"reportbuilder init --profile {profile}");
        if (model is null)
        {
            readme.ShouldNotContain("--model");
        }
        else
        {
            readme.ShouldContain(model);
        }

        var report = await File.ReadAllTextAsync(Path.Combine(_dir, "report.yaml"));
        report.ShouldContain($"#   reportbuilder import {profile} EXPORT_FOLDER --to support.db");
        report.ShouldContain($"\nprofile: {profile} ");   // measured as the vendor does (docs/profiles.md)
        ReportDefinitionLoader.Load(Path.Combine(_dir, "report.yaml"), TestReport.Catalog).Profile!.Value.ShouldBe(profile);
        var validate = await CliHarness.RunAsync("validate", Path.Combine(_dir, "report.yaml"), Path.Combine(_dir, "deliveries.yml"));
        validate.Errors.ShouldBe("");
        validate.ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Init_UnknownProfile_ExitsTwoNamingTheProfiles()
    {
        var init = await CliHarness.RunAsync("init", _dir, "--profile", "zendsk");

        init.ExitCode.ShouldBe(2);
        init.Errors.ShouldContain("zendesk");
        Directory.GetFiles(_dir).ShouldBeEmpty();
    }
}
