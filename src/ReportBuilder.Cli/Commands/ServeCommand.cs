using System.CommandLine;
using System.Net;
using ReportBuilder.Cli.Hosting;
using ReportBuilder.Cli.Serve;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Reports;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder serve REPORT.yaml</c>: a live preview in the browser, rendered again whenever a file it reads changes.</summary>
internal static class ServeCommand
{
    public static Command Create(IAnsiConsole output, CommandEnvironment environment)
    {
        var clock = environment.Clock;
        var common = new CommonOptions();
        var port = new Option<int>("--port") { Description = "The port to serve on (default 0: a free one, printed)" };
        var listen = new Option<string?>("--listen")
        {
            Description = "Serve on this address instead of 127.0.0.1, e.g. 0.0.0.0 (the page is then open to the network)",
        };
        var command = new Command("serve", "Preview a report in the browser, rendered again as you edit its files");
        common.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(listen);
        command.SetAction(async (parsed, ct) =>
        {
            var address = ListenAddress(parsed.GetValue(listen));
            var reports = environment.For(parsed);
            // A new pipeline for every view: the definition and the catalog are read again after an edit.
            var preview = new Preview((period, locale) => environment.Pipeline(parsed).Plan(common.Request(parsed, period: period) with { Locale = locale }), reports)
            {
                Locales = Translations.Available(reports.ConfigDirectory),
            };
            var report = Path.GetFullPath(parsed.GetValue(common.Report)!);
            if (!File.Exists(report))
            {
                throw new DefinitionException(SourceLocation.Option("report"), $"{report} does not exist: name a report definition (YAML)");
            }

            var folders = new ServedFolders(Path.GetDirectoryName(report)!, reports.ConfigDirectory, reports.TemplateDirectory);
            var watched = new List<string> { folders.Report, folders.Catalog, folders.Templates };
            watched.AddRange(parsed.GetValue(GlobalOptions.AllowDir) ?? []);
            // A report that does not load yet is served all the same: the page shows its errors until the file is fixed.
            var first = await preview.ViewAsync(null, null, ct);
            if (first.Good is { } good && !PostgresLocation.IsUri(good.Plan.DatabasePath))
            {
                watched.Add(Path.GetDirectoryName(Path.GetFullPath(good.Plan.DatabasePath))!);
            }

            using var watcher = new PreviewWatcher(watched, clock, preview.Invalidate);
            await using var server = await PreviewServer.StartAsync(preview, folders, reports.Browser, address, parsed.GetValue(port), ct);
            output.MarkupLineInterpolated($"serving [bold]{first.Good?.Model.Report.Title ?? Path.GetFileName(report)}[/] at {server.Address} (Ctrl+C to stop)");
            if (first.Error is not null)
            {
                output.WriteLine(first.Error);
            }
            if (!IPAddress.IsLoopback(address))
            {
                output.MarkupLine("[yellow]warning:[/] the preview is open to the network on every interface the address reaches");
            }

            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: the server stops.
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static IPAddress ListenAddress(string? text) => text is null ? IPAddress.Loopback
        : IPAddress.TryParse(text, out var address) ? address
        : text == "localhost" ? IPAddress.Loopback
        : throw new DefinitionException(SourceLocation.Option("--listen"), $"'{text}' is not an IP address: use e.g. 127.0.0.1, ::1 or 0.0.0.0");
}
