using System.CommandLine;
using System.Text;
using ReportBuilder.Cli.Hosting;
using ReportBuilder.Diagnostics;
using ReportBuilder.IO;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder init [DIR] [--profile VENDOR]</c>: writes a starter report, its working-hours calendar, a
/// deliveries file and a README of what to edit, from the templates in the installed configs/init/; never over a file.</summary>
internal static class InitCommand
{
    /// <summary>The files init writes, by template name (configs/init/).</summary>
    public static readonly IReadOnlyList<string> Files = ["report.yaml", "calendars.yaml", "deliveries.yml", "README.md"];

    /// <summary>What <c>--profile</c> changes: the report's <c>profile:</c> (the vendor's own definitions where they differ,
    /// docs/profiles.md), the command shown that fills support.db, and a note on the vendor's warehouse tables.</summary>
    private static readonly Dictionary<string, (string Vendor, string? WarehouseModels)> Profiles = new(StringComparer.Ordinal)
    {
        ["zendesk"] = ("Zendesk", "fivetran-zendesk` or `airbyte-zendesk"),
        ["intercom"] = ("Intercom", "fivetran-intercom"),
        ["freshdesk"] = ("Freshdesk", null),
        ["helpscout"] = ("Help Scout", null),
    };

    public static Command Create(IAnsiConsole output, CommandEnvironment environment)
    {
        var folder = new Argument<string>("dir") { Description = "The folder to write into (created when missing)", DefaultValueFactory = _ => "." };
        var profile = new Option<string?>("--profile") { Description = "Your help desk: the starter measures as it does (profile:) and shows its import command (zendesk, intercom, freshdesk, helpscout)" };
        profile.AcceptOnlyFromAmong([.. Profiles.Keys]);
        var command = new Command("init", "Write a starter report, its working-hours calendar, a deliveries file and a README of what to edit") { folder, profile };
        command.SetAction(async (parsed, ct) =>
        {
            var dir = Path.GetFullPath(parsed.GetValue(folder)!);
            var existing = Files.Select(f => Path.Combine(dir, f)).Where(p => File.Exists(p) || Directory.Exists(p)).ToList();
            if (existing.Count > 0)
            {
                throw new DefinitionException(existing.Select(p => new Diagnostic(Severity.Error, new SourceLocation(p, 0, 0),
                    "already exists: init never overwrites a file; run it in a new folder (reportbuilder init NEW_FOLDER) or move the file away")).ToList());
            }

            var templates = Path.Combine(environment.For(parsed).ConfigDirectory, "init");
            var words = Words(parsed.GetValue(profile));
            var files = new List<(string Path, byte[] Bytes)>();
            foreach (var name in Files)
            {
                var template = Path.Combine(templates, name);
                if (!File.Exists(template))
                {
                    throw new DefinitionException(SourceLocation.StartOf(template), "starter template not found: reinstall ReportBuilder or restore configs/init/");
                }

                var text = words.Aggregate(await File.ReadAllTextAsync(template, ct), (t, w) => t.Replace("{{" + w.Key + "}}", w.Value, StringComparison.Ordinal));
                files.Add((Path.Combine(dir, name), Encoding.UTF8.GetBytes(text)));
            }

            Directory.CreateDirectory(dir);
            await AtomicFile.WriteSetAsync(files, environment.Clock, ct);
            foreach (var (path, _) in files)
            {
                output.MarkupLineInterpolated($"wrote [bold]{path}[/]");
            }

            output.WriteLine($"next: {Path.Combine(dir, "README.md")} says what to edit and how to run the report");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The words each template's <c>{{name}}</c> stands for.</summary>
    private static Dictionary<string, string> Words(string? profile)
    {
        if (profile is null || !Profiles.TryGetValue(profile, out var vendor))
        {
            return new(StringComparer.Ordinal)
            {
                ["profile_option"] = "",
                ["profile_key"] = "",
                ["data_command"] = "reportbuilder demo-data --out support.db   # demo data to try it; your help desk's export: docs/import.md",
                ["data_step"] = "Put your data in `support.db`: `reportbuilder demo-data --out support.db` makes demo data to try the report; " +
                    "a Zendesk, Intercom, Freshdesk or Help Scout export is imported with `reportbuilder import` (docs/import.md).",
                ["profile_note"] = "",
            };
        }

        var import = $"reportbuilder import {profile} EXPORT_FOLDER --to support.db";
        return new(StringComparer.Ordinal)
        {
            ["profile_option"] = " --profile " + profile,
            ["profile_key"] = $"profile: {profile,-27}# measure as {vendor.Vendor} does where help desks differ (docs/profiles.md)\n",
            ["data_command"] = $"{import}   # your {vendor.Vendor} export (docs/import.md)",
            ["data_step"] = $"Import your {vendor.Vendor} export into `support.db`: `{import}` (docs/import.md says which of the API's " +
                "responses to save); `reportbuilder demo-data --out support.db` makes demo data to try the report first.",
            ["profile_note"] = vendor.WarehouseModels is null ? ""
                : $"\n{vendor.Vendor} tables synced into PostgreSQL by Fivetran or Airbyte need no import: `reportbuilder run report.yaml " +
                  $"--db \"postgres://USER@HOST/DATABASE?schema=SCHEMA\" --model {vendor.WarehouseModels}` (docs/warehouse.md).\n",
        };
    }
}
