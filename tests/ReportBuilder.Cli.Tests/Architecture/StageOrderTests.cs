using System.Reflection;

namespace ReportBuilder.Tests.Architecture;

/// <summary>The stages point forward only: a reader follows one report from the definitions to delivery through the namespaces
/// in order, never turning back. Read from the compiled assemblies: every type a type names in its base types, fields,
/// properties, method signatures, attributes and method bodies (the IL's type, method and field tokens).</summary>
public sealed class StageOrderTests
{
    /// <summary>The pipeline's stages in reading order; a namespace may use its own stage's and earlier stages' namespaces. A
    /// namespace belongs to the longest prefix listed (ReportBuilder.Metrics.Sql to ReportBuilder.Metrics).</summary>
    private static readonly string[][] Stages =
    [
        ["ReportBuilder.Diagnostics", "ReportBuilder.IO", "ReportBuilder.Expressions", "ReportBuilder.Periods"],
        ["ReportBuilder.Definitions", "ReportBuilder.Calendars"],
        ["ReportBuilder.Rules"],
        ["ReportBuilder.Planning"],
        ["ReportBuilder.Metrics"],
        ["ReportBuilder.Data", "ReportBuilder.DemoData", "ReportBuilder.Import"],
        ["ReportBuilder.Reports"],
        ["ReportBuilder.Rendering"],
        ["ReportBuilder.Delivery"],
        ["ReportBuilder.Cli"],
    ];

    private static readonly Assembly[] Assemblies =
    [
        typeof(ReportBuilder.Diagnostics.Diagnostic).Assembly,
        typeof(ReportBuilder.Rendering.Pipeline.ReportPipeline).Assembly,
        typeof(ReportBuilder.Delivery.DeliveryOutcome).Assembly,
        typeof(ReportBuilder.Cli.Hosting.ExitCodes).Assembly,
    ];

    [Fact]
    public void EveryNamespace_HasAStage()
    {
        var namespaces = Assemblies.SelectMany(a => a.GetTypes()).Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith("ReportBuilder", StringComparison.Ordinal)).Distinct();

        namespaces.Where(n => StageOf(n) is null).ShouldBeEmpty();
    }

    [Fact]
    public void EveryNamespace_UsesOnlyItsOwnAndEarlierStages()
    {
        BackEdges(Stages).ShouldBeEmpty();
    }

    /// <summary>No two namespaces use each other, also inside a stage, with no exception (issue #18 item 2): the planner
    /// plans and the compiler compiles after it; the shape reader, the CLI's hosting and the report's insights each sit below
    /// what uses them.</summary>
    [Fact]
    public void NoNamespaces_UseEachOther_InACycle()
    {
        Cycles(Uses()).Select(c => c.Uses).ShouldBeEmpty("a cycle of namespaces");
    }

    [Fact]
    public void TheCycleCheck_FindsACycleInsideAStage()
    {
        // Delivery.Schedules and Delivery.Mail were a cycle (the loader read SmtpSettings, the message the delivery's recipients):
        // with one use of Mail from Schedules added, the check must find it.
        var uses = Uses();
        uses["ReportBuilder.Delivery.Schedules"]["ReportBuilder.Delivery.Mail"] = "DeliveryConfigLoader uses SmtpCredentials";

        Cycles(uses).Select(c => string.Join(", ", c.Members)).ShouldContain("ReportBuilder.Delivery.Mail, ReportBuilder.Delivery.Schedules");
    }

    /// <summary>Each namespace's uses of other namespaces, with one type that makes each use.</summary>
    private static Dictionary<string, Dictionary<string, string>> Uses()
    {
        var uses = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var type in Assemblies.SelectMany(a => a.GetTypes()))
        {
            if (type.Namespace is not { } from || !from.StartsWith("ReportBuilder", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var used in References(type))
            {
                if (used.Namespace is { } to && to != from && to.StartsWith("ReportBuilder", StringComparison.Ordinal))
                {
                    var edges = uses.TryGetValue(from, out var e) ? e : uses[from] = new(StringComparer.Ordinal);
                    edges.TryAdd(to, $"{Name(type)} uses {Name(used)}");
                }
            }
        }

        return uses;
    }

    /// <summary>The strongly connected groups of more than one namespace (Tarjan's algorithm), each with the uses that tie it.</summary>
    private static List<(string[] Members, string Uses)> Cycles(Dictionary<string, Dictionary<string, string>> uses)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<(string[] Members, string Uses)>();
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in uses.TryGetValue(node, out var e) ? e.Keys : Enumerable.Empty<string>())
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] != index[node])
            {
                return;
            }

            var group = new SortedSet<string>(StringComparer.Ordinal);
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                group.Add(member);
            }
            while (member != node);
            if (group.Count > 1)
            {
                cycles.Add(([.. group], string.Join("; ", group.SelectMany(from => uses[from].Where(u => group.Contains(u.Key))
                    .Select(u => $"{from} -> {u.Key} ({u.Value})")))));
            }
        }

        foreach (var node in uses.Keys.Order(StringComparer.Ordinal).ToList())
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return cycles;
    }

    [Fact]
    public void TheCheck_FindsAnEdgeThatPointsBack()
    {
        // With the rules after the report model, the model's use of Status points back: the check must say so.
        var others = Stages.Where(s => s[0] != "ReportBuilder.Rules").ToList();
        var afterModel = others.FindIndex(s => s[0] == "ReportBuilder.Reports") + 1;
        string[][] rulesLast = [.. others.Take(afterModel), ["ReportBuilder.Rules"], .. others.Skip(afterModel)];
        rulesLast.Length.ShouldBe(Stages.Length);

        BackEdges(rulesLast).ShouldContain("ReportBuilder.Reports -> ReportBuilder.Rules (MetricView uses Status)");
    }

    [Fact]
    public void TheCheck_SeesUsesInMethodBodies()
    {
        // The pipeline service names the engine's model builder only inside a method body: the IL scan must see it.
        typeof(ReportBuilder.Rendering.Pipeline.ReportPipeline).GetNestedTypes(Declared).SelectMany(References)
            .ShouldContain(typeof(ReportBuilder.Reports.Building.ReportModelBuilder));
        StageOf("ReportBuilder.Metrics.Sql").ShouldBe(StageOf("ReportBuilder.Metrics"));
        StageOf("ReportBuilder.Rendering.Pipeline")!.Value.ShouldBeGreaterThan(StageOf("ReportBuilder.Reports")!.Value);
    }

    private static SortedSet<string> BackEdges(string[][] stages)
    {
        var backEdges = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in Assemblies.SelectMany(a => a.GetTypes()))
        {
            if (type.Namespace is not { } from || StageOf(from, stages) is not { } stage)
            {
                continue;
            }

            foreach (var used in References(type))
            {
                if (used.Namespace is not { } to || StageOf(to, stages) is not { } usedStage || usedStage <= stage)
                {
                    continue;
                }

                backEdges.Add($"{from} -> {to} ({Name(type)} uses {Name(used)})");
            }
        }

        return backEdges;
    }

    private static int? StageOf(string ns) => StageOf(ns, Stages);

    private static int? StageOf(string ns, string[][] stages)
    {
        var best = stages.SelectMany((names, i) => names.Select(n => (Name: n, Stage: i)))
            .Where(s => ns == s.Name || ns.StartsWith(s.Name + ".", StringComparison.Ordinal))
            .OrderByDescending(s => s.Name.Length).FirstOrDefault();
        return best.Name is null ? null : best.Stage;
    }

    private static string Name(Type type) => type.DeclaringType is { } outer ? $"{Name(outer)}.{type.Name}" : type.Name;

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static |
        BindingFlags.DeclaredOnly;

    /// <summary>The types <paramref name="type"/> names, with their generic arguments, element types and declaring types.</summary>
    private static HashSet<Type> References(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            while (t is not null && (t.HasElementType || t.IsByRef || t.IsPointer))
            {
                t = t.GetElementType();
            }

            if (t is null || t.IsGenericParameter || !found.Add(t))
            {
                return;
            }

            foreach (var argument in t.IsGenericType ? t.GetGenericArguments() : [])
            {
                Add(argument);
            }

            Add(t.DeclaringType);
        }

        Add(type.BaseType);
        foreach (var face in type.GetInterfaces())
        {
            Add(face);
        }

        foreach (var attribute in type.GetCustomAttributesData())
        {
            Add(attribute.AttributeType);
        }

        foreach (var field in type.GetFields(Declared))
        {
            Add(field.FieldType);
        }

        foreach (var property in type.GetProperties(Declared))
        {
            Add(property.PropertyType);
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                Add(info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType);
            }

            foreach (var local in method.GetMethodBody()?.LocalVariables ?? [])
            {
                Add(local.LocalType);
            }

            foreach (var used in BodyReferences(method))
            {
                Add(used);
            }
        }

        found.Remove(type);
        return found;
    }

    /// <summary>The types a method body names through its tokens: the declaring types of the methods it calls and the fields it
    /// reads, and the types it creates, casts to or loads.</summary>
    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        foreach (var member in MethodBodies.Members(method))
        {
            if (member is Type used)
            {
                yield return used;
            }
            else if (member.DeclaringType is { } owner)
            {
                yield return owner;
                if (member is MethodInfo called)
                {
                    yield return called.ReturnType;
                }
                else if (member is FieldInfo field)
                {
                    yield return field.FieldType;
                }
            }
        }
    }
}
