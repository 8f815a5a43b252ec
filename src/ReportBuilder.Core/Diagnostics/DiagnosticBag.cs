using System.Collections;

namespace ReportBuilder.Diagnostics;

/// <summary>Collects every problem instead of stopping at the first.</summary>
public sealed class DiagnosticBag : IEnumerable<Diagnostic>
{
    private readonly List<Diagnostic> _items = [];

    private readonly HashSet<Diagnostic> _seen = [];

    /// <summary>True when any error was reported.</summary>
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Records an error at a location.</summary>
    public void Error(SourceLocation location, string message) => Add(new Diagnostic(Severity.Error, location, message));

    /// <summary>Records a warning at a location.</summary>
    public void Warning(SourceLocation location, string message) => Add(new Diagnostic(Severity.Warning, location, message));

    // The same expression compiles into several queries (period, breakdowns): say each problem once.
    private void Add(Diagnostic diagnostic)
    {
        if (_seen.Add(diagnostic))
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>Throws a <see cref="DefinitionException"/> carrying every diagnostic when there is an error.</summary>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new DefinitionException(InFileOrder());
        }
    }

    /// <summary>Every diagnostic, ordered by file, line and column, as compilers print them.</summary>
    public IReadOnlyList<Diagnostic> InFileOrder() => _items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
        .ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ToList();

    /// <inheritdoc />
    public IEnumerator<Diagnostic> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
