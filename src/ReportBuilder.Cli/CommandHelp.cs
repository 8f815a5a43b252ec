using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Text.RegularExpressions;
using ReportBuilder.Definitions.Shapes;

namespace ReportBuilder.Cli;

/// <summary>What the command line tells a user who needs help: an example under each command's <c>--help</c>, and for a
/// mistake the parser's message in plain words, the closest option or command, and the command's help.</summary>
internal static partial class CommandHelp
{
    /// <summary>One example per command, shown at the end of its <c>--help</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Examples = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["reportbuilder"] = ["reportbuilder demo-data --out support.db", "reportbuilder run examples/monthly-support.yaml --db support.db"],
        ["run"] = ["reportbuilder run examples/monthly-support.yaml --db support.db --period 2026-10 --format html,pdf"],
        ["explain"] = ["reportbuilder explain examples/monthly-support.yaml --period 2026-Q3"],
        ["validate"] = ["reportbuilder validate examples/monthly-support.yaml examples/team-variant.yaml --db support.db"],
        ["init"] = ["reportbuilder init my-report --profile zendesk"],
        ["demo-data"] = ["reportbuilder demo-data --out support.db --tickets 20000 --months 14 --end 2026-11-01"],
        ["copy"] = ["reportbuilder copy --from support.db --to postgres://reports@db.example.com:5432/support?schema=support"],
        ["import"] = ["reportbuilder import zendesk export/ --to support.db", "reportbuilder import zendesk tickets.csv --time-zone Europe/Berlin --to support.db"],
        ["metrics"] = ["reportbuilder metrics first_response_time"],
        ["schema"] = ["reportbuilder schema --out configs/report.schema.json"],
        ["run-due"] = ["reportbuilder run-due /etc/reportbuilder/deliveries.yml --state /var/lib/reportbuilder/state.db"],
        ["deliveries"] = ["reportbuilder deliveries examples/deliveries.yml --state state.db"],
        ["send-test"] = ["reportbuilder send-test examples/deliveries.yml team-support --member billing --to me@example.com"],
        ["daemon"] = ["reportbuilder daemon /etc/reportbuilder/deliveries.yml --state /var/lib/reportbuilder/state.db"],
        ["serve"] = ["reportbuilder serve examples/monthly-support.yaml", "reportbuilder serve report.yaml --db support.db --period 2026-09 --port 8080"],
    };

    private static readonly Dictionary<string, string> TypeWords = new(StringComparer.Ordinal)
    {
        ["System.Int32"] = "a whole number",
        ["System.Int64"] = "a whole number",
        ["System.Double"] = "a number",
        ["System.Decimal"] = "a number",
        ["System.Boolean"] = "true or false",
    };

    /// <summary>Adds the examples section to the help of every command.</summary>
    public static void Install(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new WithExamples((HelpAction)help.Action!);
    }

    /// <summary>Writes <paramref name="command"/>'s help, examples included, to <paramref name="writer"/>.</summary>
    public static void Write(Command command, TextWriter writer)
    {
        var path = new List<string>();
        for (var c = command; c is not RootCommand; c = c.Parents.OfType<Command>().First())
        {
            path.Insert(0, c.Name);
        }

        var root = command.Parents.OfType<Command>().LastOrDefault() as RootCommand ?? (RootCommand)command;
        root.Parse([.. path, "--help"]).Invoke(new InvocationConfiguration { Output = writer });
    }

    /// <summary>Writes the parse errors, a suggestion for each unknown word, and the help of the command they belong to.</summary>
    public static void WriteErrors(ParseResult parsed, TextWriter errors)
    {
        foreach (var error in parsed.Errors)
        {
            errors.WriteLine($"error: {Plain(error.Message)}");
        }

        var command = parsed.CommandResult.Command;
        foreach (var token in parsed.UnmatchedTokens)
        {
            var candidates = token.StartsWith('-')
                ? command.Options.Concat(parsed.RootCommandResult.Command.Options.Where(o => o.Recursive)).SelectMany(o => o.Aliases.Prepend(o.Name))
                : command.Subcommands.Select(c => c.Name);
            if (NameSuggestions.Closest(token, candidates.Distinct()) is { } suggestion)
            {
                errors.WriteLine($"'{token}': did you mean '{suggestion}'?");
            }
        }

        errors.WriteLine();
        Write(command, errors);
    }

    /// <summary>The parser's message without .NET type names: "as expected type 'System.Int32'" becomes "as a whole number".</summary>
    public static string Plain(string message) => ExpectedType().Replace(message,
        m => "as " + (TypeWords.TryGetValue(m.Groups[1].Value, out var words) ? words : m.Groups[1].Value.Split('.')[^1].ToLower(CultureInfo.InvariantCulture)));

    /// <summary>The parser's help, then the command's examples.</summary>
    private sealed class WithExamples(HelpAction help) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var code = help.Invoke(parseResult);
            var command = parseResult.CommandResult.Command;
            // The root's name is the executable's (testhost under tests): its examples are under "reportbuilder".
            if (Examples.TryGetValue(command is RootCommand ? "reportbuilder" : command.Name, out var examples))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    output.WriteLine($"  {example}");
                }

                output.WriteLine();
            }

            return code;
        }
    }

    [GeneratedRegex(@"as expected type '([\w.`\[\]]+)'")]
    private static partial Regex ExpectedType();
}
